"use client";
// The recharts part of ValueRiskChart, loaded on demand (next/dynamic) so recharts is not first-load JavaScript.
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { formatKroner, formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ValueRiskPoint } from "@/lib/portfolio/types";

const COLOURS: Record<string, string> = { active: "#0059b3", adopted: "#2e7d32", stopped: "#b0001e" };

type Labels = {
  title: string;
  value: string;
  risk: string;
  granted: string;
  /** The legend's name of each status (plain data: the labels come from the server). */
  status: Record<string, string>;
};
export type ValueRiskProps = { points: ValueRiskPoint[]; labels: Labels; locale: Locale };

export function ValueRiskPlot({ points, labels, locale }: ValueRiskProps) {
  const groups = Object.keys(COLOURS).map((status) => ({
    status,
    data: points.filter((p) => p.status === status && p.value !== null && p.risk !== null),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="value"
          name={labels.value}
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={{ fill: "#1a1a1a" }}
          label={{ value: labels.value, position: "insideBottom", offset: -12, fill: "#1a1a1a" }}
        />
        <YAxis
          type="number"
          dataKey="risk"
          name={labels.risk}
          domain={[1, 5]}
          ticks={[1, 2, 3, 4, 5]}
          tick={{ fill: "#1a1a1a" }}
          label={{ value: labels.risk, angle: -90, position: "insideLeft", fill: "#1a1a1a" }}
        />
        <ZAxis type="number" dataKey="granted" range={[60, 900]} name={labels.granted} />
        <Tooltip
          cursor={{ strokeDasharray: "3 3" }}
          formatter={(v, name) =>
            name === labels.granted ? formatKroner(Math.round(Number(v)), locale) : formatNumber(Number(v), locale)
          }
          labelFormatter={() => ""}
        />
        <Legend itemSorter={null} verticalAlign="top" />
        {groups.map((g) => (
          <Scatter
            key={g.status}
            name={labels.status[g.status]}
            data={g.data}
            fill={COLOURS[g.status]}
            fillOpacity={0.7}
            stroke="#1a1a1a"
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
