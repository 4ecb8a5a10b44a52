import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatKroner,
  formatKronerInput,
  formatShortDate,
  isKronerUnit,
  kronerAxis,
  parseKronerInput,
} from "../../lib/format";

describe("money and dates, the Danish way", () => {
  it("shows whole kroner with dots as thousands separators", () => {
    expect(formatKroner(1_250_000)).toBe("1.250.000 kr.");
    expect(formatKroner(0)).toBe("0 kr.");
    expect(formatKroner(-4_500)).toBe("-4.500 kr.");
  });
  it("shows DKK in English", () => {
    expect(formatKroner(1_250_000, "en")).toBe("DKK 1,250,000");
  });
  it("refuses fractions of a krone (money is integers)", () => {
    expect(() => formatKroner(10.5)).toThrow(/whole kroner/);
  });
  it("writes dates as Danes do, in Copenhagen time", () => {
    expect(formatDate("2026-11-26T23:30:00Z")).toBe("27. november 2026");
    expect(formatDate("2026-03-01T12:00:00Z", "en")).toBe("1 March 2026");
    expect(formatShortDate("2026-01-05T12:00:00Z")).toBe("05.01.2026");
  });
});

describe("money fields", () => {
  it("show a saved amount the way the hint beside them writes one, and read it back", () => {
    expect(formatKronerInput(300_000)).toBe("300.000");
    expect(formatKronerInput(300_000, "en")).toBe("300,000");
    expect(formatKronerInput(999)).toBe("999");
    for (const locale of ["da", "en"] as const)
      for (const n of [0, 999, 1_000, 250_000, 12_345_678])
        expect(parseKronerInput(formatKronerInput(n, locale))).toBe(n);
  });
  it("read whole kroner as people type them, and refuse øre and odd groups rather than guess", () => {
    expect(parseKronerInput("1.250.000")).toBe(1_250_000);
    expect(parseKronerInput(" 1 250 000 kr. ")).toBe(1_250_000);
    expect(parseKronerInput("1250000")).toBe(1_250_000);
    expect(parseKronerInput("DKK 1,250,000")).toBe(1_250_000);
    expect(parseKronerInput("-5")).toBe(-5);
    expect(parseKronerInput("  ")).toBeUndefined();
    for (const bad of ["12,50", "1.5", "1.25.000", "1.250,000", "12.5000", "abc", "1e6"])
      expect(parseKronerInput(bad), bad).toBeNaN();
  });
});

describe("kroner on a chart's axis", () => {
  it("say kroner, one scale per axis, never a bare '160 t'", () => {
    const small = kronerAxis(200_000);
    expect([0, 40_000, 160_000].map(small)).toEqual(["0 kr.", "40.000 kr.", "160.000 kr."]);
    const large = kronerAxis(2_400_000);
    expect([0, 350_000, 1_050_000, 1_500_000].map(large)).toEqual([
      "0 kr.",
      "0,35 mio. kr.",
      "1,05 mio. kr.",
      "1,5 mio. kr.",
    ]);
    expect(kronerAxis(200_000, "en")(160_000)).toBe("DKK 160,000");
    expect(kronerAxis(2_400_000, "en")(1_500_000)).toBe("DKK 1.5m");
  });
  it("know a money unit when they see one", () => {
    for (const unit of ["kr.", "kr", "kr. pr. måned", "kroner", "DKK"]) expect(isKronerUnit(unit), unit).toBe(true);
    for (const unit of ["%", "timer", "kWh pr. måned", "antal"]) expect(isKronerUnit(unit), unit).toBe(false);
  });
});

describe("amounts in domain errors", () => {
  it("stay numbers in the domain and are written in the reader's language", async () => {
    const { AppError, errorParams } = await import("../../lib/errors");
    const err = new AppError("CONFLICT", "funding.grantExceeded", undefined, {
      params: { remaining: { kroner: 12_500 }, year: 2026 },
    });
    expect(errorParams(err, "da")).toEqual({ remaining: "12.500 kr.", year: 2026 });
    expect(errorParams(err, "en")).toEqual({ remaining: "DKK 12,500", year: 2026 });
  });
});
