"use client";
// The value/risk bubbles: value to the right, risk upwards, bubble area by the total grant, one
// colour per pilot status (told by the legend and by the table, never by colour alone).
import dynamic from "next/dynamic";
import type { ValueRiskProps } from "./plots/ValueRiskPlot";
import { ChartFrame } from "./ChartFrame";

// The plot arrives after the page (see ChartFrame).
const ValueRiskPlot = dynamic(() => import("./plots/ValueRiskPlot").then((m) => m.ValueRiskPlot), { ssr: false });

export function ValueRiskChart(props: ValueRiskProps) {
  return (
    <ChartFrame label={props.labels.title} height={360}>
      <ValueRiskPlot {...props} />
    </ChartFrame>
  );
}
