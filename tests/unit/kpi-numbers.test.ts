// Numbers the way Danes type them and machines export them; the KPI summary's direction rules.
import { describe, expect, it } from "vitest";
import { kpiStanding, phaseThatMatters } from "../../lib/kpis/summary";

import { parseDecimal } from "../../lib/decimal";
describe("parseDecimal", () => {
  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1 234,5", 1234.5],
    ["-3,25", -3.25],
    ["−3,25", -3.25],
    ["+7", 7],
    [",5", 0.5],
    ["0", 0],
    ["1234", 1234],
    ["0.125", 0.125],
    ["12.50", 12.5],
  ])("%s → %d", (raw, n) => expect(parseDecimal(raw)).toBe(n));
  it("reads a lone point before three digits as a Danish thousands point, unless told it is decimal", () => {
    expect(parseDecimal("1.200")).toBe(1200);
    expect(parseDecimal("-12.500")).toBe(-12500);
    expect(parseDecimal("1.200", "decimal")).toBe(1.2);
  });
  it.each(["", "abc", "12,5,3", "1,234,567", "1.23,4", "5,", "1e5", "12 kr", "-", "1.234.5"])(
    "%s is not a number",
    (raw) => expect(parseDecimal(raw)).toBeNull(),
  );
});

describe("kpiStanding", () => {
  const higher = { baseline: 10, direction: "HIGHER_IS_BETTER" as const, target: 20 };
  const lower = { baseline: 100, direction: "LOWER_IS_BETTER" as const, target: 60 };
  it("higher is better: progress is up", () => {
    expect(kpiStanding({ ...higher, latest: 15 })).toEqual({ standing: "toward", gap: 5 });
    expect(kpiStanding({ ...higher, latest: 20 })).toEqual({ standing: "reached", gap: 0 });
    expect(kpiStanding({ ...higher, latest: 25 })).toEqual({ standing: "reached", gap: 0 });
    expect(kpiStanding({ ...higher, latest: 8 })).toEqual({ standing: "away", gap: 12 });
    expect(kpiStanding({ ...higher, latest: 10 })).toEqual({ standing: "unchanged", gap: 10 });
  });
  it("lower is better: progress is down", () => {
    expect(kpiStanding({ ...lower, latest: 80 })).toEqual({ standing: "toward", gap: 20 });
    expect(kpiStanding({ ...lower, latest: 55 })).toEqual({ standing: "reached", gap: 0 });
    expect(kpiStanding({ ...lower, latest: 120 })).toEqual({ standing: "away", gap: 60 });
  });
  it("without a target it still tells better from worse; without a measurement it says so", () => {
    expect(kpiStanding({ ...lower, target: null, latest: 90 })).toEqual({ standing: "toward", gap: null });
    expect(kpiStanding({ ...lower, latest: null })).toEqual({ standing: "none", gap: null });
  });
});

describe("phaseThatMatters", () => {
  const p = (
    id: number,
    kind: "TEST" | "DEMONSTRATION" | "SCALE",
    status: "PLANNED" | "ACTIVE" | "AWAITING_GATE" | "DECIDED",
  ) => ({ id, kind, status });
  it("is the running phase, else the last decided one, else the first", () => {
    expect(
      phaseThatMatters([p(1, "TEST", "DECIDED"), p(2, "DEMONSTRATION", "AWAITING_GATE"), p(3, "SCALE", "PLANNED")])?.id,
    ).toBe(2);
    expect(
      phaseThatMatters([p(1, "TEST", "DECIDED"), p(2, "DEMONSTRATION", "DECIDED"), p(3, "SCALE", "PLANNED")])?.id,
    ).toBe(2);
    expect(phaseThatMatters([p(1, "TEST", "PLANNED")])?.id).toBe(1);
    expect(phaseThatMatters([])).toBeNull();
  });
});
