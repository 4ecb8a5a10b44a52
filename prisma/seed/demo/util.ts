// Small deterministic helpers for the demo seed: fixed dates, a seeded PRNG, and the
// largest-remainder split the app itself uses for pledges (PRODUCT.md: a split sums exactly).

/** "Today" in the demo world; nothing in the demo data happens after it. */
export const DEMO_TODAY = "2026-11-26";

/** A fixed calendar day (UTC midnight), or a given hour on it. */
export function day(iso: string, hour = 0): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`demo seed: bad date "${iso}"`);
  return new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const t = day(iso).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** First day of the n-th month after "YYYY-MM". */
export function monthStart(ym: string, n: number): string {
  const [y, m] = ym.split("-").map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
}

/** mulberry32, seeded from a string: the same pilot always gets the same "random" numbers. */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Split `total` whole kroner by `weights` with largest-remainder rounding: floors first, then one
 * krone each to the largest remainders (ties to the earlier share). Always sums exactly to `total`.
 */
export function splitLargestRemainder(total: number, weights: number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`split: total must be whole kroner, got ${total}`);
  if (weights.length === 0) return [];
  const w = weights.map((x) => Math.max(0, Math.round(x)));
  const sum = w.reduce((a, b) => a + b, 0);
  if (sum === 0) return splitLargestRemainder(total, weights.map(() => 1));
  const shares = w.map((x) => Math.floor((total * x) / sum));
  const remainders = w.map((x, i) => ({ i, r: (total * x) % sum }));
  let left = total - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}
