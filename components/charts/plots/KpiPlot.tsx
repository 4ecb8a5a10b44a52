"use client";
// The recharts part of KpiChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatShortDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** `value` null: a break in the line (a gap); `flagged`: a reading outside the plausible range, drawn as a lone mark. */
export type KpiPoint = { t: number; value: number | null; flagged?: number | null };
export type KpiReference = { key: string; label: string; value: number; baseline: boolean };
type Labels = { title: string; description: string; series: string; flagged?: string };
export type KpiProps = { points: KpiPoint[]; references: KpiReference[]; unit: string; labels: Labels; locale: Locale };

// ≥ 4.5:1 on white, so the labels drawn in these colours are readable; dashes tell the lines apart
// without colour (WCAG 1.4.1).
const SERIES = "#0059b3";
const BASELINE = "#454545";
const TARGET = "#a85200";
const FLAGGED = "#b51d09";
const TARGET_DASH = ["8 4", "2 3", "12 3 2 3"];

export function KpiPlot({ points, references, unit, labels, locale }: KpiProps) {
  // Whole figures on the axis, not "1,6 t": in Danish compact notation "t" (tusind) reads as hours or tonnes.
  const axis = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumSignificantDigits: 6 });
  const dashes = references.map((r, i) => (r.baseline ? "4 4" : TARGET_DASH[references.slice(0, i).filter((x) => !x.baseline).length % TARGET_DASH.length]));
  // Six evenly spaced ticks: left to itself, a dense series (hourly sensor readings) got one per point.
  const first = points[0]?.t ?? 0;
  const span = (points.at(-1)?.t ?? first) - first;
  const ticks = span > 0 ? Array.from({ length: 6 }, (_, i) => Math.round(first + (span * i) / 5)) : [first];
  const clock = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });
  const tickText = (t: number) => (span < 3 * 86_400_000 ? `${formatShortDate(new Date(t))} ${clock.format(t)}` : formatShortDate(new Date(t)));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 24, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} ticks={ticks} tickFormatter={tickText} tick={{ fill: "#1a1a1a" }} minTickGap={24} />
        <YAxis tickFormatter={(v: number) => axis.format(v)} tick={{ fill: "#1a1a1a" }} width={80} />
        <Tooltip labelFormatter={(t) => formatShortDate(new Date(Number(t)))} formatter={(v) => [`${formatNumber(Number(v), locale)} ${unit}`, labels.series]} />
        {references.map((r, i) => (
          <ReferenceLine
            key={r.key}
            y={r.value}
            ifOverflow="extendDomain"
            stroke={r.baseline ? BASELINE : TARGET}
            strokeDasharray={dashes[i]}
            label={{ value: r.label, position: "insideTopLeft", fill: r.baseline ? BASELINE : TARGET, fontSize: 13 }}
          />
        ))}
        <Line dataKey="value" name={labels.series} stroke={SERIES} strokeWidth={2} dot={points.length <= 60} connectNulls={false} isAnimationActive={false} />
        {points.some((p) => p.flagged != null) && (
          <Line dataKey="flagged" name={labels.flagged ?? labels.series} stroke="none" dot={{ r: 5, fill: FLAGGED, stroke: FLAGGED }} activeDot={{ r: 6 }} isAnimationActive={false} />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
