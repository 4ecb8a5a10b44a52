import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { TriedMunicipality } from "@/lib/search/who-tried";
import { formatNumber } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";
import styles from "@/components/search/search.module.css";

/** Which municipalities took part, how often they led, and what came of their pilots. */
export function MunicipalityTally({ municipalities, locale, t }: { municipalities: TriedMunicipality[]; locale: Locale; t: Translate }) {
  if (municipalities.length === 0) return null;
  const n = (x: number) => formatNumber(x, locale);
  return (
    <>
      <h3>{t("search.whoTried.municipalities")}</h3>
      <TableRegion label={t("search.whoTried.municipalitiesCaption")} className={styles.numbers}>
        <table className="table table--compact">
          <caption className="sr-only">{t("search.whoTried.municipalitiesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("search.whoTried.colMunicipality")}</th>
              <th scope="col" className="num">{t("search.whoTried.colPilots")}</th>
              <th scope="col" className="num">{t("search.whoTried.colLed")}</th>
              <th scope="col" className="num">{t("search.whoTried.adopted")}</th>
              <th scope="col" className="num">{t("search.whoTried.active")}</th>
              <th scope="col" className="num">{t("search.whoTried.stopped")}</th>
            </tr>
          </thead>
          <tbody>
            {municipalities.map((m) => (
              <tr key={m.code}>
                <th scope="row"><Link href={`/kommuner/${m.code}`}>{m.name}</Link></th>
                <td className="num">{n(m.pilots)}</td>
                <td className="num">{n(m.led)}</td>
                <td className="num">{n(m.adopted)}</td>
                <td className="num">{n(m.active)}</td>
                <td className="num">{n(m.stopped)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
