// "I drift hos os" and "Vi er med i opskaleringen" on a municipality's page (issue 18).
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import type { organisationSpread } from "@/lib/spread/queries";
import { formatDate, formatNumber } from "@/lib/format";

type Spread = Awaited<ReturnType<typeof organisationSpread>>;

export function PlaceSpread({ spread, t, locale }: { spread: Spread; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="place-spread" data-testid="place-spread">
      <h2 id="place-spread">{t("spreadPlace.inOperation")}</h2>
      {spread.inOperation.length === 0 ? (
        <p>{t("spreadPlace.noneInOperation")}</p>
      ) : (
        <ul>
          {spread.inOperation.map((o) => (
            <li key={o.pilot.id}>
              <Link href={`/piloter/${o.pilot.id}#spread-heading`}>{o.pilot.title}</Link>
              {o.goLive && ` – ${t("spreadPlace.since", { date: formatDate(o.goLive, locale) })}`}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("spreadPlace.joining")}</h2>
      {spread.joining.length === 0 ? (
        <p>{t("spreadPlace.noneJoining")}</p>
      ) : (
        <ul>
          {spread.joining.map((j) => (
            <li key={j.pilot.id}>
              <Link href={`/piloter/${j.pilot.id}#spread-heading`}>{j.pilot.title}</Link>
              {` – ${t(`spreadPage.participants.statusValue.${j.status}`).toLowerCase()}, ${t("spreadPlace.units", { units: formatNumber(j.units, locale) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
