// The pure half of the search: words cut out of what people type (never tsquery syntax), the tsquery
// built from stems, the highlight markers turned back into parts, and the catalogue's address.
import { describe, expect, it } from "vitest";
import {
  queryWords,
  toTsquery,
  quoteLexeme,
  splitMarks,
  MARK_START as S,
  MARK_END as E,
  MAX_WORDS,
} from "../../lib/search/query";
import { parseCatalogueParams, catalogueHref, emptyFilters } from "../../lib/search/params";

describe("queryWords", () => {
  it("keeps letters and digits, lower-cased, once each, Danish letters included", () => {
    expect(queryWords("Målerne  MÅLERNE & oversvømmelser!")).toEqual(["målerne", "oversvømmelser"]);
    expect(queryWords("VR/AR-briller, CO2")).toEqual(["vr", "ar", "briller", "co2"]);
  });

  it("drops tsquery syntax and caps the number of words", () => {
    expect(queryWords("a & !b | c:* <-> 'd'")).toEqual(["a", "b", "c", "d"]);
    expect(queryWords(Array.from({ length: 30 }, (_, i) => `ord${i}`).join(" "))).toHaveLength(MAX_WORDS);
    expect(queryWords("   ")).toEqual([]);
  });
});

describe("toTsquery", () => {
  const term = (word: string, ...alts: [string, boolean][]) => ({
    word,
    alternatives: alts.map(([lexeme, prefix]) => ({ lexeme, prefix })),
  });

  it("ANDs the terms, ORs a term's alternatives, and marks prefixes", () => {
    const terms = [
      term("vandstnd", ["vandstand", true]),
      term("målerne", ["mål", false]),
      term("x", ["a", false], ["b", true]),
    ];
    expect(toTsquery(terms, "all")).toBe("'vandstand':* & 'mål' & ('a' | 'b':*)");
    expect(toTsquery(terms, "any")).toBe("'vandstand':* | 'mål' | ('a' | 'b':*)");
  });

  it("quotes every lexeme, so a quote or backslash stays text", () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme("a\\b")).toBe("'a\\\\b'");
    expect(toTsquery([], "all")).toBeNull();
    expect(toTsquery([term("og")], "all")).toBeNull();
  });
});

describe("splitMarks", () => {
  it("turns markers into marked parts and leaves the rest as text", () => {
    expect(splitMarks(`Vi målte ${S}vandstanden${E} <b>hver</b> time`)).toEqual([
      { text: "Vi målte ", marked: false },
      { text: "vandstanden", marked: true },
      { text: " <b>hver</b> time", marked: false },
    ]);
    expect(splitMarks(`${S}a${E}${S}b${E}`)).toEqual([
      { text: "a", marked: true },
      { text: "b", marked: true },
    ]);
    expect(splitMarks(`a${E}b`)).toEqual([
      { text: "a", marked: false },
      { text: "b", marked: false },
    ]);
  });
});

describe("catalogue addresses", () => {
  it("reproduce every filter combination, in one canonical order", () => {
    const raw = {
      q: " vandstand ",
      teknologi: ["IoT", "AI"],
      kommune: "740",
      status: ["stopped", "adopted"],
      aar: "2025",
      side: "2",
    };
    const p = parseCatalogueParams(raw);
    expect(p).toMatchObject({
      q: "vandstand",
      page: 2,
      filters: { technology: ["AI", "IoT"], municipality: ["740"], status: ["adopted", "stopped"], year: ["2025"] },
    });
    const href = catalogueHref(p);
    expect(href).toBe(
      "/piloter?q=vandstand&status=adopted&status=stopped&teknologi=AI&teknologi=IoT&kommune=740&aar=2025&side=2",
    );
    const again = parseCatalogueParams(
      Object.fromEntries(
        [...new URL(href, "http://x").searchParams.keys()].map((k) => [
          k,
          new URL(href, "http://x").searchParams.getAll(k),
        ]),
      ),
    );
    expect(again).toEqual(p);
  });

  it("drop what they do not recognise, so a hand-edited link still opens", () => {
    const p = parseCatalogueParams({
      teknologi: ["IoT", "Blockchain"],
      kommune: ["12", "abc", "101"],
      status: "DELETED",
      side: "-3",
      region: "9999",
    });
    expect(p.filters.technology).toEqual(["IoT"]);
    expect(p.filters.municipality).toEqual(["101"]);
    expect(p.filters.status).toEqual([]);
    expect(p.filters.region).toEqual([]);
    expect(p.page).toBe(1);
    expect(catalogueHref({ q: "", filters: emptyFilters(), page: 1 })).toBe("/piloter");
  });
});

describe("the catalogue's Indhold view in the address", () => {
  it("reads lessons and results from “indhold”, drops unknown values, and writes them back in a fixed order", () => {
    const p = parseCatalogueParams({ q: "lora", indhold: ["resultater", "hacks", "erfaringer"] });
    expect(p.show).toEqual(["erfaringer", "resultater"]);
    expect(catalogueHref(p)).toBe("/piloter?q=lora&indhold=erfaringer&indhold=resultater");
    expect(parseCatalogueParams({ q: "lora" }).show).toBeUndefined();
    expect(catalogueHref({ q: "", filters: emptyFilters(), page: 1 })).toBe("/piloter");
  });
});
