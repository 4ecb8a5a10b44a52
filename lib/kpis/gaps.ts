// Gaps in a series: a sensor that stops reporting for a week must look like a week without data,
// not like a straight line from the last value to the next. Pure; the chart draws a break where a
// point with no value stands (recharts does not connect across null).

/** A step more than this many times the series' usual step is a gap. */
export const GAP_FACTOR = 3;
/** Below this many steps there is no "usual" step to judge by. */
const MIN_STEPS = 4;

export type SeriesPoint = { t: number; value: number };
export type GappedPoint = { t: number; value: number | null };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The points in time order, with a valueless point in the middle of each gap. */
export function withGaps(points: SeriesPoint[]): GappedPoint[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const steps = sorted
    .slice(1)
    .map((p, i) => p.t - sorted[i].t)
    .filter((d) => d > 0);
  if (steps.length < MIN_STEPS) return sorted;
  const limit = median(steps) * GAP_FACTOR;
  const out: GappedPoint[] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    if (prev && p.t - prev.t > limit) out.push({ t: Math.round((prev.t + p.t) / 2), value: null });
    out.push(p);
  });
  return out;
}
