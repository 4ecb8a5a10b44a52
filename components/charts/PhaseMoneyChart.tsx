"use client";
// The money per phase as bars. The chart is a picture of the table above it (which screen readers
// use), so it is one labelled image to assistive technology, not a maze of SVG parts.
import dynamic from "next/dynamic";
import type { PhaseMoneyProps } from "./plots/PhaseMoneyPlot";
import { ChartFrame } from "./ChartFrame";

export type { PhaseMoneyDatum } from "./plots/PhaseMoneyPlot";

// The plot arrives after the page (see ChartFrame).
const PhaseMoneyPlot = dynamic(() => import("./plots/PhaseMoneyPlot").then((m) => m.PhaseMoneyPlot), { ssr: false });

export function PhaseMoneyChart(props: PhaseMoneyProps) {
  return (
    <ChartFrame label={props.labels.title} height={320} caption={props.labels}>
      <PhaseMoneyPlot {...props} />
    </ChartFrame>
  );
}
