"use client";
// The recharts part of LinesChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatKroner, kronerAxis } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Series } from "./BarsPlot";

export type LinesProps = {
  title: string;
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  locale: Locale;
};

export function LinesPlot({ data, xKey, series, locale }: LinesProps) {
  const axis = kronerAxis(
    Math.max(0, ...data.flatMap((d) => series.map((s) => Math.abs(Number(d[s.key]) || 0)))),
    locale,
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={xKey} tick={{ fill: "#1a1a1a" }} minTickGap={24} />
        <YAxis tickFormatter={axis} tick={{ fill: "#1a1a1a" }} width={104} />
        <Tooltip formatter={(v) => formatKroner(Math.round(Number(v)), locale)} />
        <Legend itemSorter={null} />
        {series.map((s) => (
          <Line
            key={s.key}
            type="stepAfter"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
