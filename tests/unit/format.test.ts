import { describe, expect, it } from "vitest";
import { formatDate, formatKroner, formatShortDate } from "../../lib/format";

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

describe("amounts in domain errors", () => {
  it("stay numbers in the domain and are written in the reader's language", async () => {
    const { AppError, errorParams } = await import("../../lib/errors");
    const err = new AppError("CONFLICT", "funding.grantExceeded", undefined, { params: { remaining: { kroner: 12_500 }, year: 2026 } });
    expect(errorParams(err, "da")).toEqual({ remaining: "12.500 kr.", year: 2026 });
    expect(errorParams(err, "en")).toEqual({ remaining: "DKK 12,500", year: 2026 });
  });
});
