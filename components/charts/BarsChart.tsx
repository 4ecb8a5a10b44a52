"use client";
// Grouped or stacked bars for the portfolio (money per phase and year, decisions per quarter). Like
// the pilot page's chart, it is one labelled image to assistive technology: the table under it
// carries the numbers.
import dynamic from "next/dynamic";
import type { BarsProps } from "./plots/BarsPlot";
import { ChartFrame } from "./ChartFrame";

export type { Series } from "./plots/BarsPlot";

// The plot arrives after the page (see ChartFrame).
const BarsPlot = dynamic(() => import("./plots/BarsPlot").then((m) => m.BarsPlot), { ssr: false });

export function BarsChart(props: BarsProps) {
  return (
    <ChartFrame label={props.title} height={props.height ?? 300}>
      <BarsPlot {...props} />
    </ChartFrame>
  );
}
