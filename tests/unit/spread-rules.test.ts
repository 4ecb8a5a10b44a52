// Spreading's arithmetic: quarters, the recomputed split over every committed organisation (always
// the exact total, whole kroner, by the phase's key or equal shares where the key cannot be used),
// and a late joiner's buy-in.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buyIn,
  quarterOf,
  quarterStart,
  quartersFrom,
  recomputedSplit,
  windowClosed,
  windowOpen,
} from "../../lib/spread/rules";

describe("go-live quarters", () => {
  it("turns quarters into their first day and days into their quarter", () => {
    expect(quarterStart("2027-Q1")).toBe("2027-01-01");
    expect(quarterStart("2027-Q4")).toBe("2027-10-01");
    expect(quarterStart("2027-Q5")).toBeNull();
    expect(quarterStart("2027Q1")).toBeNull();
    expect(quarterOf("2026-12-06")).toBe("2026-Q4");
    expect(quarterOf("2026-04-01")).toBe("2026-Q2");
    expect(quartersFrom("2026-12-06", 3)).toEqual(["2026-Q4", "2027-Q1", "2027-Q2"]);
  });

  it("keeps a window open on both its first and last day", () => {
    const w = { opensOn: "2026-11-01", closesOn: "2026-12-06" };
    expect(windowOpen(w, "2026-11-01")).toBe(true);
    expect(windowOpen(w, "2026-12-06")).toBe(true);
    expect(windowOpen(w, "2026-12-07")).toBe(false);
    expect(windowOpen(w, "2026-10-31")).toBe(false);
    expect(windowClosed(w, "2026-12-06")).toBe(false);
    expect(windowClosed(w, "2026-12-07")).toBe(true);
  });
});

describe("the recomputed split", () => {
  it("shares the co-funding by the phase's key over every party, in organisation order", () => {
    const { key, shares } = recomputedSplit(1_000_000, "POPULATION", [
      { organisationId: 9, population: 100_000 },
      { organisationId: 3, population: 300_000 },
    ]);
    expect(key).toBe("POPULATION");
    expect(shares).toEqual([
      { organisationId: 3, amount: 750_000 },
      { organisationId: 9, amount: 250_000 },
    ]);
  });

  it("falls back to equal shares for a custom key and for a population key nobody can carry", () => {
    expect(
      recomputedSplit(10, "CUSTOM", [
        { organisationId: 1, population: 5 },
        { organisationId: 2, population: 9 },
        { organisationId: 3, population: 1 },
      ]),
    ).toEqual({
      key: "EQUAL",
      shares: [
        { organisationId: 1, amount: 4 },
        { organisationId: 2, amount: 3 },
        { organisationId: 3, amount: 3 },
      ],
    });
    expect(
      recomputedSplit(7, "POPULATION", [
        { organisationId: 1, population: null },
        { organisationId: 2, population: 0 },
      ]).key,
    ).toBe("EQUAL");
  });

  it("always sums exactly to the total, in whole kroner", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.constantFrom("EQUAL", "POPULATION", "POPULATION_TIERS", "CUSTOM" as const),
        fc.uniqueArray(
          fc.record({
            organisationId: fc.integer({ min: 1, max: 10_000 }),
            population: fc.option(fc.integer({ min: 0, max: 1_500_000 })),
          }),
          { minLength: 1, maxLength: 40, selector: (p) => p.organisationId },
        ),
        (total, key, parties) => {
          const { shares } = recomputedSplit(total, key, parties);
          expect(shares.reduce((a, s) => a + s.amount, 0)).toBe(total);
          for (const s of shares) expect(Number.isInteger(s.amount) && s.amount >= 0).toBe(true);
          expect(shares.map((s) => s.organisationId)).toEqual(
            [...parties.map((p) => p.organisationId)].sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});

describe("a late joiner's buy-in", () => {
  it("is a whole percent of the cost so far, rounded down to whole kroner", () => {
    expect(buyIn(700_000, 10)).toBe(70_000);
    expect(buyIn(999, 10)).toBe(99);
    expect(buyIn(1_000_000, 0)).toBe(0);
    expect(buyIn(9_007_199_254_740_991, 100)).toBe(9_007_199_254_740_991);
    expect(() => buyIn(100, 101)).toThrow(RangeError);
    expect(() => buyIn(100.5, 10)).toThrow(RangeError);
  });
});
