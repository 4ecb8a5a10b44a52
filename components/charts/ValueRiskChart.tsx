"use client";
// The value/risk bubbles: value to the right, risk upwards, bubble area by the total grant, one
// colour per pilot status (told by the legend and by the table, never by colour alone).
import dynamic from "next/dynamic";
import type { ValueRiskProps } from "./plots/ValueRiskPlot";
import styles from "./charts.module.css";

// recharts (~120 kB gzip) is not first-load JavaScript: the plot is loaded after the page
// (next/dynamic, not server-rendered — ResponsiveContainer measures its box, so it drew nothing on the
// server anyway). The sized box below holds the space meanwhile, so nothing shifts when it arrives.
const ValueRiskPlot = dynamic(() => import("./plots/ValueRiskPlot").then((m) => m.ValueRiskPlot), { ssr: false });

export function ValueRiskChart(props: ValueRiskProps) {
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={props.labels.title} style={{ width: "100%", height: 360 }}>
        <ValueRiskPlot {...props} />
      </div>
    </figure>
  );
}
