// How a KPI chart draws its reference lines, shared by the plot and its legend (the legend is
// server-rendered text below the chart: labels written on the lines overlapped each other, the
// axis and the measurements).
import type { KpiReference } from "./plots/KpiPlot";

// ≥ 4.5:1 on white, so the legend's swatches and the lines read alike; dashes tell the lines apart
// without colour (WCAG 1.4.1).
export const SERIES = "#0059b3";
export const BASELINE = "#454545";
export const TARGET = "#a85200";
/** A reading outside the plausible range, drawn as a lone mark. */
export const FLAGGED = "#b51d09";
const TARGET_DASH = ["8 4", "2 3", "12 3 2 3"];

export function referenceStyles(references: KpiReference[]): { stroke: string; dash: string }[] {
  let targets = 0;
  return references.map((r) =>
    r.baseline
      ? { stroke: BASELINE, dash: "4 4" }
      : { stroke: TARGET, dash: TARGET_DASH[targets++ % TARGET_DASH.length] },
  );
}
