"use client";
// Grouped or stacked bars for the portfolio (money per phase and year, decisions per quarter). Like
// the pilot page's chart, it is one labelled image to assistive technology: the table under it
// carries the numbers.
import dynamic from "next/dynamic";
import type { BarsProps } from "./plots/BarsPlot";
import styles from "./charts.module.css";

export type { Series } from "./plots/BarsPlot";

// recharts (~120 kB gzip) is not first-load JavaScript: the plot is loaded after the page
// (next/dynamic, not server-rendered — ResponsiveContainer measures its box, so it drew nothing on the
// server anyway). The sized box below holds the space meanwhile, so nothing shifts when it arrives.
const BarsPlot = dynamic(() => import("./plots/BarsPlot").then((m) => m.BarsPlot), { ssr: false });

export function BarsChart(props: BarsProps) {
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={props.title} style={{ width: "100%", height: props.height ?? 300 }}>
        <BarsPlot {...props} />
      </div>
    </figure>
  );
}
