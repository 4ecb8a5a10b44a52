// The tables beside a KPI's chart: its baseline and targets, and its measurements behind a
// disclosure (a long series should not push the page's next section out of sight).
import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { BoardKpi, BoardPhase } from "@/lib/kpis/queries";
import { formatNumber, formatShortDate } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import styles from "./results.module.css";

const clock = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });

/** A measurement given by its day only is stored at noon UTC (lib/kpis/time.ts): show the day alone. */
function when(at: Date): string {
  const dayOnly = at.getUTCHours() === 12 && at.getUTCMinutes() === 0 && at.getUTCSeconds() === 0;
  return dayOnly ? formatShortDate(at) : `${formatShortDate(at)} ${clock.format(at)}`;
}

/** The baseline, then each phase's target (phases without one say so). */
export function TargetsTable({
  kpi,
  phases,
  t,
  locale,
}: {
  kpi: BoardKpi;
  phases: BoardPhase[];
  t: Translate;
  locale: Locale;
}) {
  type Line = { key: string | number; label: string; value: string };
  const lines: Line[] = [
    { key: "baseline", label: t("results.kpi.baseline"), value: formatNumber(kpi.baseline, locale) },
    ...phases.map((p) => {
      const target = kpi.targets.find((x) => x.phaseId === p.id)?.target;
      return {
        key: p.id,
        label: t(`phaseKind.${p.kind}`),
        value: target === undefined ? t("results.kpi.noTarget") : formatNumber(target, locale),
      };
    }),
  ];
  return (
    <Table
      caption={t("results.kpi.targetsCaption", { name: kpi.name })}
      regionClassName={`${styles.table} ${styles.narrow}`}
      rows={lines}
      rowKey={(l) => l.key}
      columns={[
        { key: "phase", header: t("results.kpi.colPhase"), rowHeader: true, cell: (l) => l.label },
        { key: "target", header: t("results.kpi.colTarget", { unit: kpi.unit }), num: true, cell: (l) => l.value },
      ]}
    />
  );
}

type Row = BoardKpi["measurements"][number];
type Props = { kpi: BoardKpi; t: Translate; locale: Locale; open?: boolean; rowAction?: (m: Row) => ReactNode };

export function MeasurementsTable({ kpi, t, locale, open, rowAction }: Props) {
  const n = kpi.measurements.length;
  return (
    <details className="details" open={open} data-testid={`kpi-table-${kpi.id}`}>
      <summary className="details-summary">
        <span className="details-summary-text">
          {n === 1 ? t("results.kpi.tableShowOne") : t("results.kpi.tableShow", { count: formatNumber(n, locale) })}
        </span>
      </summary>
      <div className="details-text">
        {kpi.total > n && (
          <p>
            {t("results.kpi.tableNewest", { shown: formatNumber(n, locale), total: formatNumber(kpi.total, locale) })}
          </p>
        )}
        <Table
          caption={t("results.kpi.tableCaption", { name: kpi.name })}
          regionClassName={styles.table}
          rows={kpi.measurements}
          rowKey={(m) => m.id}
          columns={[
            { key: "date", header: t("results.kpi.colDate"), cell: (m) => when(m.measuredAt) },
            {
              key: "value",
              header: t("results.kpi.colValue", { unit: kpi.unit }),
              num: true,
              cell: (m) => (
                <>
                  {formatNumber(m.value, locale)}
                  {m.flagged && <span className={`tag ${styles.flagged}`}>{t("results.kpi.flagged")}</span>}
                </>
              ),
            },
            {
              key: "source",
              header: t("results.kpi.colSource"),
              cell: (m) => (
                <>
                  {t(`results.kpi.source.${m.source}`)}
                  {m.deviceId ? ` · ${m.deviceId}` : ""}
                </>
              ),
            },
            { key: "note", header: t("results.kpi.colNote"), cell: (m) => m.note ?? "" },
            !!rowAction && { key: "actions", header: t("results.kpi.colActions"), cell: (m) => rowAction(m) },
          ]}
        />
      </div>
    </details>
  );
}
