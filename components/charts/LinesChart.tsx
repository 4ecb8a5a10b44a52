"use client";
// The pool's balance over time, one step line per community. One labelled image to assistive
// technology; the table under it has every month's figure.
import dynamic from "next/dynamic";
import type { LinesProps } from "./plots/LinesPlot";
import { ChartFrame } from "./ChartFrame";

// The plot arrives after the page (see ChartFrame).
const LinesPlot = dynamic(() => import("./plots/LinesPlot").then((m) => m.LinesPlot), { ssr: false });

export function LinesChart(props: LinesProps) {
  return (
    <ChartFrame label={props.title} height={300}>
      <LinesPlot {...props} />
    </ChartFrame>
  );
}
