// The funnel as plain HTML bars (no script needed): a bar per stage, as wide as the share of pilots
// that reached it, with the count written beside it in dark text. Hidden from screen readers, who
// get the same numbers in the table that follows.
import { formatNumber } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./portfolio-charts.module.css";

export type FunnelBar = { label: string; count: number; note?: string };

export function FunnelBars({ bars, locale }: { bars: FunnelBar[]; locale: Locale }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ol className={styles.funnel} aria-hidden="true">
      {bars.map((b) => (
        <li key={b.label}>
          <span className={styles.funnelLabel}>{b.label}</span>
          <span className={styles.funnelTrack}>
            <span className={styles.funnelBar} style={{ width: `${(b.count / max) * 100}%` }} />
          </span>
          <span className={styles.funnelCount}>
            {formatNumber(b.count, locale)}
            {b.note && <span className={styles.funnelNote}> {b.note}</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
