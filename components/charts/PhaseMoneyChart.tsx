"use client";
// The money per phase as bars. The chart is a picture of the table above it (which screen readers
// use), so it is one labelled image to assistive technology, not a maze of SVG parts.
import dynamic from "next/dynamic";
import type { PhaseMoneyProps } from "./plots/PhaseMoneyPlot";
import styles from "./charts.module.css";

export type { PhaseMoneyDatum } from "./plots/PhaseMoneyPlot";

// recharts (~120 kB gzip) is not first-load JavaScript: the plot is loaded after the page
// (next/dynamic, not server-rendered — ResponsiveContainer measures its box, so it drew nothing on the
// server anyway). The sized box below holds the space meanwhile, so nothing shifts when it arrives.
const PhaseMoneyPlot = dynamic(() => import("./plots/PhaseMoneyPlot").then((m) => m.PhaseMoneyPlot), { ssr: false });

export function PhaseMoneyChart(props: PhaseMoneyProps) {
  return (
    <figure className={styles.figure}>
      <figcaption>
        <strong>{props.labels.title}</strong>
        <br />
        {props.labels.description}
      </figcaption>
      <div role="img" aria-label={props.labels.title} style={{ width: "100%", height: 320 }}>
        <PhaseMoneyPlot {...props} />
      </div>
    </figure>
  );
}
