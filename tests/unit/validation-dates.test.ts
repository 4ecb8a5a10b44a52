// Issue 15 finding 6: the shared id parser and the Danish date bounds.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_ID, parseId } from "../../lib/validation";
import { addDays, danishDay, DATE_MAX, DATE_MIN, inDateRange, isCalendarDay, latestExpenseDay } from "../../lib/dates";
import { expenseSchema } from "../../lib/funding/schemas";

describe("parseId", () => {
  it("takes 1 … 2³¹−1 as digits or an integer, nothing else", () => {
    expect(parseId("1")).toBe(1);
    expect(parseId(String(MAX_ID))).toBe(MAX_ID);
    expect(parseId(42)).toBe(42);
    for (const bad of [
      "0",
      "-1",
      "2147483648",
      "99999999999",
      "007",
      "1e3",
      "+7",
      " 7",
      "7 ",
      "",
      "1.0",
      "0x10",
      0,
      -3,
      1.5,
      2 ** 31,
      NaN,
      Infinity,
      null,
      undefined,
      {},
      ["1"],
    ]) {
      expect(parseId(bad), String(bad)).toBeNull();
    }
  });
  it("never returns a number PostgreSQL's integer cannot hold", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.bigInt().map(String), fc.double(), fc.integer()), (raw) => {
        const id = parseId(raw);
        expect(id === null || (Number.isInteger(id) && id >= 1 && id <= MAX_ID)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("dates", () => {
  it("are real days between 2000-01-01 and 2100-12-31", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("0000-01-01")).toBe(false); // Date.UTC reads year 0 as 1900: not that day
    expect(inDateRange("0000-01-01")).toBe(false);
    expect(inDateRange("1999-12-31")).toBe(false);
    expect(inDateRange(DATE_MIN) && inDateRange(DATE_MAX)).toBe(true);
    expect(inDateRange("2101-01-01")).toBe(false);
  });
  it("count today in Denmark's time zone, and an expense may be at most 30 days ahead", () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    expect(danishDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(latestExpenseDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    const base = { amount: 1, category: "DRIFT", description: "x" };
    for (const date of ["0000-01-01", "9999-12-31", addDays(latestExpenseDay(), 1)])
      expect(expenseSchema.safeParse({ ...base, date }).success, date).toBe(false);
    expect(expenseSchema.safeParse({ ...base, date: latestExpenseDay() }).success).toBe(true);
    expect(expenseSchema.safeParse({ ...base, date: "0000-01-01" }).error?.issues[0].message).toBe(
      "errors.dateOutOfRange",
    );
  });
});
