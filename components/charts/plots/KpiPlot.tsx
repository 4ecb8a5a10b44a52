"use client";
// The recharts part of KpiChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatShortDate, isKronerUnit, kronerAxis } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { FLAGGED, SERIES, referenceStyles } from "../kpi-lines";

/** `value` null: a break in the line (a gap); `flagged`: a reading outside the plausible range, drawn as a lone mark. */
export type KpiPoint = { t: number; value: number | null; flagged?: number | null };
export type KpiReference = { key: string; label: string; value: number; baseline: boolean };
type Labels = { title: string; description: string; series: string; flagged?: string };
export type KpiProps = { points: KpiPoint[]; references: KpiReference[]; unit: string; labels: Labels; locale: Locale };

export function KpiPlot({ points, references, unit, labels, locale }: KpiProps) {
  // Whole figures on the axis, not "1,6 t": in Danish compact notation "t" (tusind) reads as hours
  // or tonnes. A KPI in kroner says so on the axis.
  const max = Math.max(
    0,
    ...points.map((p) => Math.max(Math.abs(p.value ?? 0), Math.abs(p.flagged ?? 0))),
    ...references.map((r) => Math.abs(r.value)),
  );
  const plain = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumSignificantDigits: 6 });
  const axis = isKronerUnit(unit) ? kronerAxis(max, locale) : (v: number) => plain.format(v);
  const styles = referenceStyles(references);
  // Six evenly spaced ticks: left to itself, a dense series (hourly sensor readings) got one per point.
  const first = points[0]?.t ?? 0;
  const span = (points.at(-1)?.t ?? first) - first;
  const ticks = span > 0 ? Array.from({ length: 6 }, (_, i) => Math.round(first + (span * i) / 5)) : [first];
  const clock = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" });
  const tickText = (t: number) =>
    span < 3 * 86_400_000 ? `${formatShortDate(new Date(t))} ${clock.format(t)}` : formatShortDate(new Date(t));
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* The right margin leaves room for the last date, which is centred on the last point. */}
      <LineChart data={points} margin={{ top: 16, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          padding={{ left: 16, right: 0 }}
          ticks={ticks}
          tickFormatter={tickText}
          tick={{ fill: "#1a1a1a" }}
          minTickGap={32}
        />
        <YAxis tickFormatter={axis} tick={{ fill: "#1a1a1a" }} width={isKronerUnit(unit) ? 104 : 80} />
        <Tooltip
          labelFormatter={(t) => formatShortDate(new Date(Number(t)))}
          formatter={(v) => [`${formatNumber(Number(v), locale)} ${unit}`, labels.series]}
        />
        {references.map((r, i) => (
          <ReferenceLine
            key={r.key}
            y={r.value}
            ifOverflow="extendDomain"
            stroke={styles[i].stroke}
            strokeDasharray={styles[i].dash}
            strokeWidth={1.5}
          />
        ))}
        <Line
          dataKey="value"
          name={labels.series}
          stroke={SERIES}
          strokeWidth={2}
          dot={points.length <= 60}
          connectNulls={false}
          isAnimationActive={false}
        />
        {points.some((p) => p.flagged != null) && (
          <Line
            dataKey="flagged"
            name={labels.flagged ?? labels.series}
            stroke="none"
            dot={{ r: 5, fill: FLAGGED, stroke: FLAGGED }}
            activeDot={{ r: 6 }}
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </ResponsiveContainer>
  );
}
