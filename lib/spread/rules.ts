// The arithmetic of spreading, pure so unit tests hold it without a database: go-live quarters, the
// recomputed split of the scale-up's co-funding over every committed organisation, and the buy-in of
// a late joiner (docs/decisions/0025). Whole kroner throughout (PRODUCT.md rule 1).
import { SplitError, splitTotal, type Share, type SplitKey } from "../funding/split";

/** "2027-Q1": the quarter an organisation expects to go live in. */
export const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarterStart(quarter: string): string | null {
  const m = QUARTER.exec(quarter);
  if (!m) return null;
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** The quarter a day lies in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The current quarter and the `count - 1` after it: the choices of the go-live field. */
export function quartersFrom(today: string, count = 12): string[] {
  const first = quarterOf(today);
  let y = Number(first.slice(0, 4));
  let q = Number(first.slice(6));
  return Array.from({ length: count }, () => {
    const out = `${y}-Q${q}`;
    if (q === 4) {
      q = 1;
      y++;
    } else q++;
    return out;
  });
}

export type Party = { organisationId: number; population: number | null };

/**
 * The scale-up's co-funding over every organisation that now pays for it, by the phase's own key. A
 * custom split cannot say what a newcomer's amount should be, and a population key cannot split over
 * organisations without inhabitants: both fall back to equal shares, and the caller records the key
 * it used. Parties are taken in organisation order, so ties in the largest remainder are stable.
 */
export function recomputedSplit(total: number, key: SplitKey, parties: Party[]): { key: SplitKey; shares: Share[] } {
  const ordered = [...new Map(parties.map((p) => [p.organisationId, p])).values()].sort(
    (a, b) => a.organisationId - b.organisationId,
  );
  if (key !== "CUSTOM") {
    try {
      return { key, shares: splitTotal(total, key, ordered) };
    } catch (err) {
      if (!(err instanceof SplitError) || err.reason !== "NO_POPULATION") throw err;
    }
  }
  return { key: "EQUAL", shares: splitTotal(total, "EQUAL", ordered) };
}

/** A late joiner's buy-in: `percent` (whole) of what the pilot has cost so far, rounded down to whole kroner. */
export function buyIn(costSoFar: number, percent: number): number {
  if (!Number.isSafeInteger(costSoFar) || costSoFar < 0 || !Number.isInteger(percent) || percent < 0 || percent > 100)
    throw new RangeError("buyIn: whole kroner and a whole percent 0–100");
  return Number((BigInt(costSoFar) * BigInt(percent)) / 100n);
}

/** The window is open on `today` (both ends included). */
export const windowOpen = (w: { opensOn: string; closesOn: string }, today: string) =>
  w.opensOn <= today && today <= w.closesOn;
export const windowClosed = (w: { closesOn: string }, today: string) => w.closesOn < today;
