// Small deterministic helpers for the demo seed: fixed dates and a seeded PRNG. Splits and day
// arithmetic are the app's own (lib/funding/split.ts, lib/dates.ts).
export { addDays } from "../../../lib/dates";

/** "Today" in the demo world; nothing in the demo data happens after it. */
export const DEMO_TODAY = "2026-11-26";

/** A fixed calendar day (UTC midnight), or a given hour on it. */
export function day(iso: string, hour = 0): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`demo seed: bad date "${iso}"`);
  return new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00Z`);
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
