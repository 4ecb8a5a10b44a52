import { describe, expect, it } from "vitest";
import { writeCsv } from "../../lib/exports/csv";
import type { Cell } from "../../lib/exports/table";
import { contrastRatio, readableTextColour } from "../../lib/pilots/contrast";
import { SDGS } from "../../lib/pilots/sdgs";

describe("CSV for Danish Excel", () => {
  const sheet = (rows: Cell[][]) => [
    {
      name: "Udgifter",
      columns: [
        { header: "Beskrivelse", kind: "text" as const },
        { header: "Beløb (kr.)", kind: "kroner" as const },
      ],
      rows,
    },
  ];
  // Two tables, as a pilot's ledger has: each under its name; the first is what these tests read.
  const toCsv = (tables: ReturnType<typeof sheet>) =>
    writeCsv([...tables, { name: "Tom", columns: [{ header: "X", kind: "text" as const }], rows: [] }], "da").replace(
      /\r\n\r\nTom\r\nX\r\n$/,
      "\r\n",
    );

  it("starts with a BOM, separates with ; and ends lines with CRLF", () => {
    expect(toCsv(sheet([["Sensorer", 1_250_000]]))).toBe(
      "\uFEFFUdgifter\r\nBeskrivelse;Beløb (kr.)\r\nSensorer;1250000\r\n",
    );
  });

  it("quotes separators, quotes and line breaks; dates as yyyy-mm-dd; empty for null", () => {
    expect(
      toCsv(
        sheet([
          ['Kabel; 3 m "ekstra"\nlang', null],
          ["2026-11-26", -4500],
        ]),
      ),
    ).toContain('"Kabel; 3 m ""ekstra""\nlang";\r\n2026-11-26;-4500');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(
      toCsv(
        sheet([
          ['=HYPERLINK("http://x")', 1],
          ["+45 1234", 2],
          ["@SUM(A1)", 3],
        ]),
      ),
    ).toContain('\'=HYPERLINK(""http://x"")"');
    expect(toCsv(sheet([["+45 1234", 2]]))).toContain("'+45 1234;2");
    expect(toCsv(sheet([["-5", -5]]))).toContain("'-5;-5");
  });
});

describe("SDG chips", () => {
  it("reach 4.5:1 text contrast on every official colour", () => {
    for (const sdg of SDGS)
      expect(contrastRatio(sdg.colour, readableTextColour(sdg.colour))).toBeGreaterThanOrEqual(4.5);
    expect(readableTextColour("#FCC30B")).toBe("#000000");
    expect(readableTextColour("#19486A")).toBe("#ffffff");
  });
});
