import { describe, expect, it } from "vitest";
import { toCsv } from "../../lib/pilots/export-csv";
import { contrastRatio, readableTextColour } from "../../lib/pilots/contrast";
import { SDGS } from "../../lib/pilots/sdgs";

describe("CSV for Danish Excel", () => {
  const sheet = (rows: (string | number | Date | null)[][]) => [{ name: "Udgifter", columns: [{ header: "Beskrivelse", kind: "text" as const }, { header: "Beløb (kr.)", kind: "kroner" as const }], rows }];

  it("starts with a BOM, separates with ; and ends lines with CRLF", () => {
    expect(toCsv(sheet([["Sensorer", 1_250_000]]))).toBe("\uFEFFUdgifter\r\nBeskrivelse;Beløb (kr.)\r\nSensorer;1250000\r\n");
  });

  it("quotes separators, quotes and line breaks; dates as yyyy-mm-dd; empty for null", () => {
    expect(toCsv(sheet([['Kabel; 3 m "ekstra"\nlang', null], [new Date("2026-11-26T00:00:00Z"), -4500]]))).toContain('"Kabel; 3 m ""ekstra""\nlang";\r\n2026-11-26;-4500');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(toCsv(sheet([["=HYPERLINK(\"http://x\")", 1], ["+45 1234", 2], ["@SUM(A1)", 3]]))).toContain("'=HYPERLINK(\"\"http://x\"\")\"");
    expect(toCsv(sheet([["+45 1234", 2]]))).toContain("'+45 1234;2");
    expect(toCsv(sheet([["-5", -5]]))).toContain("'-5;-5");
  });
});

describe("SDG chips", () => {
  it("reach 4.5:1 text contrast on every official colour", () => {
    for (const sdg of SDGS) expect(contrastRatio(sdg.colour, readableTextColour(sdg.colour))).toBeGreaterThanOrEqual(4.5);
    expect(readableTextColour("#FCC30B")).toBe("#000000");
    expect(readableTextColour("#19486A")).toBe("#ffffff");
  });
});
