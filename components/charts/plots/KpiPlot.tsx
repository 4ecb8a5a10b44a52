"use client";
// The recharts part of KpiChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatShortDate, isKronerUnit, kronerAxis } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { SERIES, referenceStyles } from "../kpi-lines";

export type KpiPoint = { t: number; value: number };
export type KpiReference = { key: string; label: string; value: number; baseline: boolean };
type Labels = { title: string; description: string; series: string };
export type KpiProps = { points: KpiPoint[]; references: KpiReference[]; unit: string; labels: Labels; locale: Locale };

export function KpiPlot({ points, references, unit, labels, locale }: KpiProps) {
  // Whole figures on the axis, not "1,6 t": in Danish compact notation "t" (tusind) reads as hours
  // or tonnes. A KPI in kroner says so on the axis.
  const max = Math.max(...points.map((p) => Math.abs(p.value)), ...references.map((r) => Math.abs(r.value)));
  const plain = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumSignificantDigits: 6 });
  const axis = isKronerUnit(unit) ? kronerAxis(max, locale) : (v: number) => plain.format(v);
  const styles = referenceStyles(references);
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* The right margin leaves room for the last date, which is centred on the last point. */}
      <LineChart data={points} margin={{ top: 16, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} padding={{ left: 16, right: 0 }} tickFormatter={(t: number) => formatShortDate(new Date(t))} tick={{ fill: "#1a1a1a" }} minTickGap={32} />
        <YAxis tickFormatter={axis} tick={{ fill: "#1a1a1a" }} width={isKronerUnit(unit) ? 104 : 80} />
        <Tooltip labelFormatter={(t) => formatShortDate(new Date(Number(t)))} formatter={(v) => [`${formatNumber(Number(v), locale)} ${unit}`, labels.series]} />
        {references.map((r, i) => (
          <ReferenceLine key={r.key} y={r.value} ifOverflow="extendDomain" stroke={styles[i].stroke} strokeDasharray={styles[i].dash} strokeWidth={1.5} />
        ))}
        <Line dataKey="value" name={labels.series} stroke={SERIES} strokeWidth={2} dot={points.length <= 60} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
