"use client";
// The recharts part of BarsChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatKroner, formatNumber, kronerAxis } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

export type Series = { key: string; label: string; colour: string };

export type BarsProps = {
  title: string;
  data: Record<string, string | number>[];
  xKey: string;
  series: Series[];
  locale: Locale;
  kroner?: boolean;
  stacked?: boolean;
  height?: number;
};

export function BarsPlot({ data, xKey, series, locale, kroner, stacked }: BarsProps) {
  // Kroner say so on the axis ("160.000 kr.", not "160 t"); counts are whole numbers.
  const max = Math.max(
    0,
    ...data.map((d) =>
      stacked
        ? series.reduce((a, s) => a + Math.abs(Number(d[s.key]) || 0), 0)
        : Math.max(0, ...series.map((s) => Math.abs(Number(d[s.key]) || 0))),
    ),
  );
  const axis = kroner ? kronerAxis(max, locale) : (v: number) => formatNumber(v, locale);
  const value = (v: unknown) =>
    kroner ? formatKroner(Math.round(Number(v)), locale) : formatNumber(Number(v), locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey={xKey} tick={{ fill: "#1a1a1a" }} />
        <YAxis tickFormatter={axis} tick={{ fill: "#1a1a1a" }} width={kroner ? 104 : 56} allowDecimals={false} />
        <Tooltip formatter={value} />
        <Legend itemSorter={null} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.colour}
            stackId={stacked ? "all" : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
