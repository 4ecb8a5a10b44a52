// The tables beside a KPI's chart: its baseline and targets, and its measurements behind a
// disclosure (a long series should not push the page's next section out of sight).
import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { BoardKpi, BoardPhase } from "@/lib/kpis/queries";
import { formatNumber, formatShortDate } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";
import styles from "./results.module.css";

const clock = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

/** A measurement given by its day only is stored at noon UTC (lib/kpis/time.ts): show the day alone. */
function when(at: Date): string {
  const dayOnly = at.getUTCHours() === 12 && at.getUTCMinutes() === 0 && at.getUTCSeconds() === 0;
  return dayOnly ? formatShortDate(at) : `${formatShortDate(at)} ${clock.format(at)}`;
}

export function TargetsTable({ kpi, phases, t, locale }: { kpi: BoardKpi; phases: BoardPhase[]; t: Translate; locale: Locale }) {
  const caption = t("results.kpi.targetsCaption", { name: kpi.name });
  return (
    <TableRegion label={caption} className={`${styles.table} ${styles.narrow}`}>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">{t("results.kpi.colPhase")}</th><th scope="col" className="num">{t("results.kpi.colTarget", { unit: kpi.unit })}</th></tr>
        </thead>
        <tbody>
          <tr><th scope="row">{t("results.kpi.baseline")}</th><td className="num">{formatNumber(kpi.baseline, locale)}</td></tr>
          {phases.map((p) => {
            const target = kpi.targets.find((x) => x.phaseId === p.id)?.target;
            return <tr key={p.id}><th scope="row">{t(`phaseKind.${p.kind}`)}</th><td className="num">{target === undefined ? t("results.kpi.noTarget") : formatNumber(target, locale)}</td></tr>;
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}

type Row = BoardKpi["measurements"][number];
type Props = { kpi: BoardKpi; t: Translate; locale: Locale; open?: boolean; rowAction?: (m: Row) => ReactNode };

export function MeasurementsTable({ kpi, t, locale, open, rowAction }: Props) {
  const n = kpi.measurements.length;
  const caption = t("results.kpi.tableCaption", { name: kpi.name });
  return (
    <details className="details" open={open} data-testid={`kpi-table-${kpi.id}`}>
      <summary className="details-summary">
        <span className="details-summary-text">{n === 1 ? t("results.kpi.tableShowOne") : t("results.kpi.tableShow", { count: formatNumber(n, locale) })}</span>
      </summary>
      <div className="details-text">
        {kpi.total > n && <p>{t("results.kpi.tableNewest", { shown: formatNumber(n, locale), total: formatNumber(kpi.total, locale) })}</p>}
        <TableRegion label={caption} className={styles.table}>
          <table className="table table--compact">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.kpi.colDate")}</th>
                <th scope="col" className="num">{t("results.kpi.colValue", { unit: kpi.unit })}</th>
                <th scope="col">{t("results.kpi.colSource")}</th>
                <th scope="col">{t("results.kpi.colNote")}</th>
                {rowAction && <th scope="col">{t("results.kpi.colActions")}</th>}
              </tr>
            </thead>
            <tbody>
              {kpi.measurements.map((m) => (
                <tr key={m.id}>
                  <td>{when(m.measuredAt)}</td>
                  <td className="num">
                    {formatNumber(m.value, locale)}
                    {m.flagged && <span className={`tag ${styles.flagged}`}>{t("results.kpi.flagged")}</span>}
                  </td>
                  <td>{t(`results.kpi.source.${m.source}`)}{m.deviceId ? ` · ${m.deviceId}` : ""}</td>
                  <td>{m.note ?? ""}</td>
                  {rowAction && <td>{rowAction(m)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </div>
    </details>
  );
}
