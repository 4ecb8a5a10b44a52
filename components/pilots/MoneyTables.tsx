import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { pledgeRows, type StoryPhase } from "@/lib/pilots/story";
import { formatKroner } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";
import styles from "./pilots.module.css";

/** Money per phase: the numbers themselves, and the accessible alternative to the chart below them. */
export function MoneyTable({ phases, locale, t }: { phases: StoryPhase[]; locale: Locale; t: Translate }) {
  const kr = (n: number) => formatKroner(n, locale);
  const total = (k: "granted" | "pledged" | "spent" | "remaining") => phases.reduce((a, p) => a + p.money[k], 0);
  const cols = ["granted", "pledged", "spent", "remaining"] as const;
  return (
    <TableRegion label={t("pilotPage.money.caption")} className={styles.money}>
      <table className="table" data-testid="money-table">
        <caption>{t("pilotPage.money.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pilotPage.money.phase")}</th>
            {cols.map((c) => (
              <th scope="col" className="num" key={c}>{t(`pilotPage.money.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.id} data-phase={p.kind}>
              <th scope="row">{t(`phaseKind.${p.kind}`)}</th>
              {cols.map((c) => (
                <td className="num" key={c} data-col={c}>{kr(p.money[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {phases.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t("pilotPage.money.total")}</th>
              {cols.map((c) => (
                <td className="num" key={c}>{kr(total(c))}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
}

/** Each organisation's pledge per phase: who pays how much of the co-funding. */
export function PledgeTable({ phases, locale, t }: { phases: StoryPhase[]; locale: Locale; t: Translate }) {
  const rows = pledgeRows(phases);
  if (rows.length === 0) return <p>{t("pilotPage.money.noPledges")}</p>;
  const kr = (n: number | undefined) => (n === undefined ? "–" : formatKroner(n, locale));
  const withPledges = phases.filter((p) => p.pledges.length > 0);
  return (
    <TableRegion label={t("pilotPage.money.pledgesCaption")} className={styles.money}>
      <table className="table table--compact" data-testid="pledge-table">
        <caption>{t("pilotPage.money.pledgesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pilotPage.money.organisation")}</th>
            {withPledges.map((p) => (
              <th scope="col" className="num" key={p.id}>{t(`phaseKind.${p.kind}`)}</th>
            ))}
            <th scope="col" className="num">{t("pilotPage.money.total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.organisation.id}>
              <th scope="row">{r.organisation.name}</th>
              {withPledges.map((p) => (
                <td className="num" key={p.id}>{kr(r.byPhase[p.id])}</td>
              ))}
              <td className="num">{kr(r.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("pilotPage.money.total")}</th>
            {withPledges.map((p) => (
              <td className="num" key={p.id}>{kr(p.money.pledged)}</td>
            ))}
            <td className="num">{kr(withPledges.reduce((a, p) => a + p.money.pledged, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </TableRegion>
  );
}
