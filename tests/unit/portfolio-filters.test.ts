// The portfolio's filters: the page's Danish URL, the API's English one, and the CSV writer's
// Danish conventions.
import { describe, expect, it } from "vitest";
import { apiFiltersSchema } from "../../lib/portfolio/api-filters";
import { apiQuery, knownFilters, pageFilters, pageQuery } from "../../lib/portfolio/filters";
import { writeCsv } from "../../lib/exports/csv";

describe("portfolio filters", () => {
  it("reads the page's Danish parameters and drops a bad one without losing the rest", () => {
    expect(pageFilters({ faellesskab: "govtech-midtjylland", aar: "2025", teknologi: "IoT", domaene: "vand" })).toEqual(
      { community: "govtech-midtjylland", year: 2025, technology: "IoT", domain: "vand" },
    );
    expect(pageFilters({ faellesskab: "Robert'); DROP", aar: "1999x", teknologi: "IoT" })).toEqual({
      technology: "IoT",
    });
    expect(pageFilters(new URLSearchParams("aar=&domaene=vand"))).toEqual({ domain: "vand" });
  });

  it("keeps in the page exactly the values the API accepts (the page's parser is zod-free)", () => {
    const tries: Record<string, string[]> = {
      faellesskab: ["govtech-midtjylland", "a", "A", "x y", "æøå", "-", "a".repeat(100), "a".repeat(101), " a", ""],
      aar: [
        "2025",
        "2000",
        "2100",
        "1999",
        "2101",
        "2025.5",
        "2025.0",
        " 2025 ",
        "0x7E9",
        "2e3",
        "",
        " ",
        "x",
        "Infinity",
      ],
      teknologi: ["IoT", "iot", "Blockchain", "IoT ", ""],
      domaene: ["vand", "Vand", "luft?", ""],
    };
    const api = { faellesskab: "community", aar: "year", teknologi: "technology", domaene: "domain" } as const;
    for (const [param, values] of Object.entries(tries))
      for (const v of values) {
        const key = api[param as keyof typeof api];
        const strict = apiFiltersSchema.shape[key].safeParse(v);
        const expected = strict.success && strict.data !== undefined ? { [key]: strict.data } : {};
        expect(pageFilters({ [param]: v }), `${param}=${JSON.stringify(v)}`).toEqual(expected);
      }
  });

  it("writes the same filters back as page and API URLs", () => {
    const f = { community: "faellesskab-for-dynamiske-data", year: 2024 };
    expect(pageQuery(f)).toBe("?faellesskab=faellesskab-for-dynamiske-data&aar=2024");
    expect(apiQuery(f)).toBe("?community=faellesskab-for-dynamiske-data&year=2024");
    expect(pageQuery({})).toBe("");
    expect(pageFilters(new URLSearchParams(pageQuery(f).slice(1)))).toEqual(f);
  });

  it("refuses what the API cannot mean, with the message keys of its fields", () => {
    const bad = apiFiltersSchema.safeParse({ year: "2025.5", technology: "Blockchain" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["year", "portfolio.api.year"],
      ["technology", "portfolio.api.technology"],
    ]);
    expect(knownFilters({ community: "gone", year: 2025 }, [{ slug: "here" }])).toEqual({
      community: undefined,
      year: 2025,
    });
  });
});

describe("portfolio CSV", () => {
  const table = {
    name: "x",
    columns: [
      { header: "Navn", kind: "text" as const },
      { header: "Beløb", kind: "kroner" as const },
      { header: "Andel", kind: "share" as const },
    ],
    rows: [
      ["=HYPERLINK(1)", 1250000, 0.125],
      ["Aarhus; Midt", 0, null],
    ],
    footer: ["I alt", 1250000, 1],
  };

  it("writes Danish Excel's CSV: BOM, semicolons, CRLF, decimal comma, defused formulas", () => {
    expect(writeCsv(table, "da")).toBe(
      '\uFEFFNavn;Beløb;Andel\r\n\'=HYPERLINK(1);1250000;0,125\r\n"Aarhus; Midt";0;\r\nI alt;1250000;1\r\n',
    );
  });

  it("writes a decimal point in English", () => {
    expect(writeCsv(table, "en")).toContain(";1250000;0.125\r\n");
  });
});
