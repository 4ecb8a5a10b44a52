import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { apportion, splitTotal, tierWeight, SplitError, type Party } from "../../lib/funding/split";

const total = fc.integer({ min: 0, max: 50_000_000_000 });
const parties = fc.array(fc.record({ organisationId: fc.nat(), population: fc.integer({ min: 0, max: 700_000 }) }), {
  minLength: 1,
  maxLength: 30,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("split keys (property-based)", () => {
  it("every key: whole, non-negative shares that sum exactly to the total", () => {
    fc.assert(
      fc.property(total, parties, fc.constantFrom("EQUAL", "POPULATION", "POPULATION_TIERS" as const), (t, ps, key) => {
        fc.pre(key === "EQUAL" || sum(ps.map((p) => p.population)) > 0);
        const shares = splitTotal(t, key, ps).map((s) => s.amount);
        expect(sum(shares)).toBe(t);
        for (const s of shares) expect(Number.isSafeInteger(s) && s >= 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("each share is within one krone of its exact quota (it follows the key)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (t, weights) => {
          fc.pre(sum(weights) > 0);
          const shares = apportion(t, weights);
          const W = sum(weights);
          shares.forEach((s, i) => {
            const quota = (t * weights[i]) / W;
            expect(s).toBeGreaterThanOrEqual(Math.floor(quota) - 1e-6);
            expect(s).toBeLessThanOrEqual(Math.ceil(quota) + 1e-6);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("equal shares differ by at most one krone; a larger population never pays less", () => {
    fc.assert(
      fc.property(total, parties, (t, ps) => {
        const equal = splitTotal(t, "EQUAL", ps).map((s) => s.amount);
        expect(Math.max(...equal) - Math.min(...equal)).toBeLessThanOrEqual(1);
        fc.pre(sum(ps.map((p) => p.population)) > 0);
        const byPop = splitTotal(t, "POPULATION", ps).map((s) => s.amount);
        ps.forEach((a, i) =>
          ps.forEach((b, j) => {
            if (a.population > b.population) expect(byPop[i]).toBeGreaterThanOrEqual(byPop[j]);
          }),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("custom amounts must be whole and add up to the total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 10 }), (amounts) => {
        const ps: Party[] = amounts.map((a, i) => ({ organisationId: i, customAmount: a }));
        expect(splitTotal(sum(amounts), "CUSTOM", ps).map((s) => s.amount)).toEqual(amounts);
        expect(() => splitTotal(sum(amounts) + 1, "CUSTOM", ps)).toThrow(SplitError);
      }),
    );
  });
});

describe("split keys (examples)", () => {
  it("100 kr. in three: 34 + 33 + 33 (largest remainder, ties to the first)", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });
  it("by population: Aarhus pays most", () => {
    const shares = splitTotal(1_000_000, "POPULATION", [
      { organisationId: 751, population: 349_983 },
      { organisationId: 671, population: 21_736 },
      { organisationId: 657, population: 89_193 },
    ]);
    expect(shares.map((s) => s.amount)).toEqual([759_327, 47_159, 193_514]);
  });
  it("OS2 tiers: under 25.000 → 1, 25–60.000 → 2, 60–120.000 → 3, over 120.000 → 4", () => {
    expect([24_999, 25_000, 59_999, 60_000, 119_999, 120_000, 650_000].map(tierWeight)).toEqual([1, 2, 2, 3, 3, 4, 4]);
    expect(
      splitTotal(1_000, "POPULATION_TIERS", [
        { organisationId: 1, population: 10_000 },
        { organisationId: 2, population: 300_000 },
      ]).map((s) => s.amount),
    ).toEqual([200, 800]);
  });
  it("refuses what cannot be split", () => {
    expect(() => splitTotal(100, "EQUAL", [])).toThrow(SplitError);
    expect(() => splitTotal(10.5, "EQUAL", [{ organisationId: 1 }])).toThrow(SplitError);
    expect(() => splitTotal(-1, "EQUAL", [{ organisationId: 1 }])).toThrow(SplitError);
    expect(() => splitTotal(100, "POPULATION", [{ organisationId: 1, population: null }])).toThrow(SplitError);
  });
});
