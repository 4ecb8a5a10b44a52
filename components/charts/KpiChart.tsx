"use client";
// One KPI over time: the measurements as a line, the baseline and each phase's target as labelled
// horizontal lines. Like the money chart it is a picture of the table beside it (which screen
// readers use), so it is one labelled image to assistive technology, not a maze of SVG parts.
import dynamic from "next/dynamic";
import type { KpiProps } from "./plots/KpiPlot";
import styles from "./charts.module.css";

export type { KpiPoint, KpiReference } from "./plots/KpiPlot";

// recharts (~120 kB gzip) is not first-load JavaScript: the plot is loaded after the page
// (next/dynamic, not server-rendered — ResponsiveContainer measures its box, so it drew nothing on the
// server anyway). The sized box below holds the space meanwhile, so nothing shifts when it arrives.
const KpiPlot = dynamic(() => import("./plots/KpiPlot").then((m) => m.KpiPlot), { ssr: false });

export function KpiChart(props: KpiProps) {
  return (
    <figure className={styles.figure}>
      <figcaption>
        <strong>{props.labels.title}</strong>
        <br />
        {props.labels.description}
      </figcaption>
      <div role="img" aria-label={props.labels.title} style={{ width: "100%", height: 300 }}>
        <KpiPlot {...props} />
      </div>
    </figure>
  );
}
