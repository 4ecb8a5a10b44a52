"use client";
// The recharts part of PhaseMoneyChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatKroner, kronerAxis } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export type PhaseMoneyDatum = { phase: string; granted: number; pledged: number; spent: number };
type Labels = { title: string; description: string; granted: string; pledged: string; spent: string };
export type PhaseMoneyProps = { data: PhaseMoneyDatum[]; labels: Labels; locale: Locale };

// Every colour reaches ≥ 4.5:1 on white, so the legend text (drawn in the series colour) is readable too.
const COLOURS = { granted: "#0059b3", pledged: "#a85200", spent: "#454545" } as const;

export function PhaseMoneyPlot({ data, labels, locale }: PhaseMoneyProps) {
  const axis = kronerAxis(Math.max(0, ...data.flatMap((d) => [d.granted, d.pledged, d.spent])), locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="phase" tick={{ fill: "#1a1a1a" }} />
        <YAxis tickFormatter={axis} tick={{ fill: "#1a1a1a" }} width={104} />
        <Tooltip formatter={(v) => formatKroner(Number(v), locale)} />
        <Legend itemSorter={null} />
        {(["granted", "pledged", "spent"] as const).map((k) => (
          <Bar key={k} dataKey={k} name={labels[k]} fill={COLOURS[k]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
