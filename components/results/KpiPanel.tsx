// One KPI as a reader meets it: name, what it measures, where it stands in one sentence, then the
// chart with its tables. The KPI pages and the pilot page use the same panel.
import type { ReactNode } from "react";
import Link from "next/link";
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { BoardKpi, BoardPhase } from "@/lib/kpis/queries";
import { formatNumber } from "@/lib/format";
import { KpiChart } from "@/components/charts/KpiChart";
import { chartPoints, chartReferences, summarise } from "./kpi-text";
import { MeasurementsTable, TargetsTable } from "./KpiTables";
import styles from "./results.module.css";

type Props = {
  kpi: BoardKpi;
  phases: BoardPhase[];
  t: Translate;
  locale: Locale;
  /** The heading level in the page's outline; null when the page's own h1 names the KPI. */
  heading: "h2" | "h3" | null;
  href?: string;
  children?: ReactNode;
  tableOpen?: boolean;
  rowAction?: Parameters<typeof MeasurementsTable>[0]["rowAction"];
};

export function KpiPanel({ kpi, phases, t, locale, heading: H, href, children, tableOpen, rowAction }: Props) {
  const { standing, text } = summarise(kpi, phases, t, locale);
  const facts = t("results.kpi.facts", {
    unit: kpi.unit,
    baseline: formatNumber(kpi.baseline, locale),
    direction: t(`results.kpi.${kpi.direction}`).toLowerCase(),
    benefit: t(`results.kpi.benefit.${kpi.benefitKind}`).toLowerCase(),
  });
  const id = `kpi-${kpi.id}`;
  return (
    <section
      aria-labelledby={H ? id : undefined}
      aria-label={H ? undefined : kpi.name}
      className={styles.kpi}
      data-kpi={kpi.id}
    >
      {H && <H id={id}>{href ? <Link href={href}>{kpi.name}</Link> : kpi.name}</H>}
      <p className={styles.facts}>{facts}</p>
      <p className={styles.standing} data-testid={`kpi-summary-${kpi.id}`}>
        <span className={`tag ${styles[standing] ?? ""}`}>{t(`results.summary.status.${standing}`)}</span> {text}
      </p>
      {children}
      {kpi.measurements.length > 0 && (
        <KpiChart
          points={chartPoints(kpi)}
          references={chartReferences(kpi, phases, t, locale)}
          unit={kpi.unit}
          locale={locale}
          labels={{
            title: t("results.kpi.chartTitle", { name: kpi.name, unit: kpi.unit }),
            description: `${t("results.kpi.chartDescription")} ${t("results.kpi.gapNote")}`,
            series: t("results.kpi.series"),
            flagged: t("results.kpi.flagged"),
          }}
        />
      )}
      <TargetsTable kpi={kpi} phases={phases} t={t} locale={locale} />
      {kpi.measurements.length > 0 && (
        <MeasurementsTable kpi={kpi} t={t} locale={locale} open={tableOpen} rowAction={rowAction} />
      )}
    </section>
  );
}
