"use client";
// The pool's balance over time, one step line per community. One labelled image to assistive
// technology; the table under it has every month's figure.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatKroner } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Series } from "./BarsChart";
import styles from "./charts.module.css";

export function LinesChart({ title, data, xKey, series, locale }: { title: string; data: Record<string, string | number | null>[]; xKey: string; series: Series[]; locale: Locale }) {
  const compact = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { notation: "compact", maximumFractionDigits: 1 });
  return (
    <figure className={styles.figure}>
      <div role="img" aria-label={title} style={{ width: "100%", height: 300 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 16, bottom: 8, left: 16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={xKey} tick={{ fill: "#1a1a1a" }} minTickGap={24} />
            <YAxis tickFormatter={(v: number) => compact.format(v)} tick={{ fill: "#1a1a1a" }} width={72} />
            <Tooltip formatter={(v) => formatKroner(Math.round(Number(v)), locale)} />
            <Legend itemSorter={null} />
            {series.map((s) => (
              <Line key={s.key} type="stepAfter" dataKey={s.key} name={s.label} stroke={s.colour} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
