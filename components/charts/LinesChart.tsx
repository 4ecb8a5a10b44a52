"use client";
// The pool's balance over time, one step line per community. One labelled image to assistive
// technology; the table under it has every month's figure.
import dynamic from "next/dynamic";
import type { LinesProps } from "./plots/LinesPlot";
import styles from "./charts.module.css";

// recharts (~120 kB gzip) is not first-load JavaScript: the plot is loaded after the page
// (next/dynamic, not server-rendered — ResponsiveContainer measures its box, so it drew nothing on the
// server anyway). The sized box below holds the space meanwhile, so nothing shifts when it arrives.
const LinesPlot = dynamic(() => import("./plots/LinesPlot").then((m) => m.LinesPlot), { ssr: false });

export function LinesChart(props: LinesProps) {
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={props.title} style={{ width: "100%", height: 300 }}>
        <LinesPlot {...props} />
      </div>
    </figure>
  );
}
