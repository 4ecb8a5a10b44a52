// Split keys: how a total is shared among organisations. Pure functions (no database), so the
// rule is unit- and property-tested. A split is always whole kroner and sums exactly to the total.

export type SplitKey = "EQUAL" | "POPULATION" | "POPULATION_TIERS" | "CUSTOM";

export type Party = { organisationId: number; population?: number | null; customAmount?: number | null };

export type Share = { organisationId: number; amount: number };

/** OS2-style tiers: under 25.000; 25–60.000; 60–120.000; over 120.000 inhabitants. */
export const POPULATION_TIERS = [
  { upTo: 25_000, weight: 1 },
  { upTo: 60_000, weight: 2 },
  { upTo: 120_000, weight: 3 },
  { upTo: Infinity, weight: 4 },
] as const;

export class SplitError extends Error {
  constructor(readonly reason: "NO_PARTIES" | "NEGATIVE_TOTAL" | "NOT_WHOLE" | "NO_POPULATION" | "CUSTOM_MISMATCH") {
    super(reason);
  }
}

export function tierWeight(population: number): number {
  return POPULATION_TIERS.find((t) => population < t.upTo)!.weight;
}

/**
 * Largest-remainder (Hamilton) apportionment in integer arithmetic: each share is the floor of
 * its exact quota, and the kroner left over go one each to the largest remainders (ties: the
 * order given). BigInt, because total × weight can pass 2^53 for large grants.
 */
export function apportion(total: number, weights: number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new SplitError("NOT_WHOLE");
  if (total < 0) throw new SplitError("NEGATIVE_TOTAL");
  if (weights.length === 0) throw new SplitError("NO_PARTIES");
  const w = weights.map((x) => BigInt(Math.round(x)));
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new SplitError("NO_POPULATION");
  const T = BigInt(total);
  const base = w.map((x) => (T * x) / sum);
  const remainders = w.map((x, i) => ({ i, r: (T * x) % sum }));
  let left = Number(T - base.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0) break;
    base[i] += 1n;
    left--;
  }
  return base.map(Number);
}

export function splitTotal(total: number, key: SplitKey, parties: Party[]): Share[] {
  if (parties.length === 0) throw new SplitError("NO_PARTIES");
  if (key === "CUSTOM") {
    const amounts = parties.map((p) => p.customAmount ?? 0);
    if (amounts.some((a) => !Number.isSafeInteger(a) || a < 0)) throw new SplitError("NOT_WHOLE");
    if (amounts.reduce((a, b) => a + b, 0) !== total) throw new SplitError("CUSTOM_MISMATCH");
    return parties.map((p, i) => ({ organisationId: p.organisationId, amount: amounts[i] }));
  }
  const weights = parties.map((p) => {
    if (key === "EQUAL") return 1;
    // Organisations without inhabitants (regions, universities) carry no weight in a population key;
    // they pay by a custom amount instead. Only when nobody has a population is the key unusable.
    if (p.population == null || p.population <= 0) return 0;
    return key === "POPULATION" ? p.population : tierWeight(p.population);
  });
  const amounts = apportion(total, weights);
  return parties.map((p, i) => ({ organisationId: p.organisationId, amount: amounts[i] }));
}
