"use client";
// One KPI over time: the measurements as a line, the baseline and each phase's target as dashed
// horizontal lines named in a legend below. Like the money chart it is a picture of the table beside
// it (which screen readers use), so it is one labelled image to assistive technology, not a maze of
// SVG parts.
import dynamic from "next/dynamic";
import type { KpiProps } from "./plots/KpiPlot";
import { ChartFrame } from "./ChartFrame";
import { FLAGGED, SERIES, referenceStyles } from "./kpi-lines";
import styles from "./charts.module.css";

export type { KpiPoint, KpiReference } from "./plots/KpiPlot";

// The plot arrives after the page (see ChartFrame).
const KpiPlot = dynamic(() => import("./plots/KpiPlot").then((m) => m.KpiPlot), { ssr: false });

function Swatch({ stroke, dash, width }: { stroke: string; dash?: string; width: number }) {
  return (
    <svg width="32" height="10" aria-hidden="true" focusable="false">
      <line x1="0" y1="5" x2="32" y2="5" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

export function KpiChart(props: KpiProps) {
  const lines = referenceStyles(props.references);
  const legend = (
    <ul className={styles.legend}>
      <li>
        <Swatch stroke={SERIES} width={2} /> {props.labels.series}
      </li>
      {props.labels.flagged && props.points.some((p) => p.flagged != null) && (
        <li>
          <svg width="32" height="10" aria-hidden="true" focusable="false">
            <circle cx="16" cy="5" r="4.5" fill={FLAGGED} />
          </svg>{" "}
          {props.labels.flagged}
        </li>
      )}
      {props.references.map((r, i) => (
        <li key={r.key}>
          <Swatch stroke={lines[i].stroke} dash={lines[i].dash} width={1.5} /> {r.label}
        </li>
      ))}
    </ul>
  );
  return (
    <ChartFrame label={props.labels.title} height={300} caption={props.labels} footer={legend}>
      <KpiPlot {...props} />
    </ChartFrame>
  );
}
