"use client";
// One KPI over time: the measurements as a line, the baseline and each phase's target as labelled
// horizontal lines. Like the money chart it is a picture of the table beside it (which screen
// readers use), so it is one labelled image to assistive technology, not a maze of SVG parts.
import dynamic from "next/dynamic";
import type { KpiProps } from "./plots/KpiPlot";
import { ChartFrame } from "./ChartFrame";

export type { KpiPoint, KpiReference } from "./plots/KpiPlot";

// The plot arrives after the page (see ChartFrame).
const KpiPlot = dynamic(() => import("./plots/KpiPlot").then((m) => m.KpiPlot), { ssr: false });

export function KpiChart(props: KpiProps) {
  return (
    <ChartFrame label={props.labels.title} height={300} caption={props.labels}>
      <KpiPlot {...props} />
    </ChartFrame>
  );
}
