// A KPI in words and in the chart's terms: the summary sentence under its heading, the reference
// lines, and numbers with their unit — shared by the KPI pages and the pilot page.
import type { Translate } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { BoardKpi, BoardPhase } from "@/lib/kpis/queries";
import { kpiStanding, phaseThatMatters, type Standing } from "@/lib/kpis/summary";
import { formatDate, formatNumber } from "@/lib/format";
import { withGaps } from "@/lib/kpis/gaps";
import type { KpiPoint, KpiReference } from "@/components/charts/KpiChart";

export const withUnit = (n: number, unit: string, locale: Locale) => `${formatNumber(n, locale)} ${unit}`;

export function summarise(
  kpi: BoardKpi,
  phases: BoardPhase[],
  t: Translate,
  locale: Locale,
): { standing: Standing; text: string } {
  const phase = phaseThatMatters(phases);
  const target = (phase && kpi.targets.find((x) => x.phaseId === phase.id)?.target) ?? null;
  // A flagged reading (outside the plausible range) is kept and shown, but is not where the KPI stands.
  const latest = kpi.measurements.findLast((m) => !m.flagged) ?? null;
  const { standing, gap } = kpiStanding({
    baseline: kpi.baseline,
    direction: kpi.direction,
    target,
    latest: latest?.value ?? null,
  });
  const u = (n: number) => withUnit(n, kpi.unit, locale);
  if (!latest) return { standing, text: t("results.summary.none", { baseline: u(kpi.baseline) }) };
  const params = {
    latest: u(latest.value),
    date: formatDate(latest.measuredAt, locale),
    baseline: u(kpi.baseline),
    target: target === null ? "" : u(target),
    phase: phase ? t(`results.phaseName.${phase.kind}`) : "",
    gap: gap === null ? "" : u(gap),
  };
  if (standing === "reached" || standing === "none")
    return { standing, text: t(`results.summary.${standing}`, params) };
  const key = target === null ? (`${standing}NoTarget` as const) : standing;
  return { standing, text: t(`results.summary.${key}`, params) };
}

/**
 * The line with a break at each gap; flagged readings stand apart as their own marks, held at the edge
 * of the line's range when they lie beyond it — an implausible 65.535 ppm must not flatten the real
 * series into the floor. The table has their true values.
 */
export function chartPoints(kpi: BoardKpi): KpiPoint[] {
  const plausible = kpi.measurements.filter((m) => !m.flagged);
  const line = withGaps(plausible.map((m) => ({ t: m.measuredAt.getTime(), value: m.value })));
  const values = [...plausible.map((m) => m.value), kpi.baseline, ...kpi.targets.map((x) => x.target)];
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const flagged = kpi.measurements
    .filter((m) => m.flagged)
    .map((m) => ({ t: m.measuredAt.getTime(), value: null, flagged: Math.min(hi, Math.max(lo, m.value)) }));
  return [...line, ...flagged].sort((a, b) => a.t - b.t);
}

/** The baseline and one line per phase target, in track order. */
export function chartReferences(kpi: BoardKpi, phases: BoardPhase[], t: Translate, locale: Locale): KpiReference[] {
  const targets = phases.flatMap((p) => {
    const target = kpi.targets.find((x) => x.phaseId === p.id)?.target;
    return target === undefined
      ? []
      : [
          {
            key: `target-${p.id}`,
            label: t("results.kpi.targetLine", {
              phase: t(`phaseKind.${p.kind}`),
              value: formatNumber(target, locale),
            }),
            value: target,
            baseline: false,
          },
        ];
  });
  return [
    {
      key: "baseline",
      label: t("results.kpi.baselineLine", { value: formatNumber(kpi.baseline, locale) }),
      value: kpi.baseline,
      baseline: true,
    },
    ...targets,
  ];
}
