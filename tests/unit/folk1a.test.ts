import { describe, expect, it } from "vitest";
import { parseFolk1a, planPopulationUpdate, quarterStart } from "../../lib/organisations/folk1a";

const MUNIS = [
  { code: 101, name: "København", population: 632_340 },
  { code: 751, name: "Aarhus", population: 349_983 },
  { code: 825, name: "Læsø", population: 1_794 },
];

describe("FOLK1A CSV from the statbank API", () => {
  it("takes the totals of the newest quarter by name, with a BOM and quoted fields", () => {
    const csv = [
      "\uFEFFOMRÅDE;KØN;ALDER;TID;INDHOLD",
      '"Hele landet";"I alt";"Alder i alt";"2025K1";"5992734"',
      '"Region Hovedstaden";"I alt";"Alder i alt";"2025K1";"1906042"',
      '"København";"I alt";"Alder i alt";"2024K4";"660000"',
      '"København";"I alt";"Alder i alt";"2025K1";"667099"',
      '"København";"Mænd";"Alder i alt";"2025K1";"330000"',
      '"Aarhus";"I alt";"Alder i alt";"2025K1";"367095"',
      '"Aarhus";"I alt";"0 år";"2025K1";"4000"',
      '"Christiansø";"I alt";"Alder i alt";"2025K1";"84"',
    ].join("\r\n");
    const parsed = parseFolk1a(csv);
    expect(parsed.quarter).toBe("2025K1");
    expect(parsed.asOf).toBe("2025-01-01");
    expect(parsed.problems).toEqual([]);
    const plan = planPopulationUpdate(parsed, MUNIS);
    expect(plan.changes).toEqual([
      { code: 101, name: "København", before: 632_340, after: 667_099 },
      { code: 751, name: "Aarhus", before: 349_983, after: 367_095 },
    ]);
    expect(plan.missing).toEqual(["Læsø"]);
  });

  it("matches areas given as codes (the API's code presentation) and comma separators", () => {
    const parsed = parseFolk1a("OMRÅDE,KØN,ALDER,TID,INDHOLD\n825,TOT,IALT,2025K2,1728\n411,TOT,IALT,2025K2,84\n");
    expect(planPopulationUpdate(parsed, MUNIS).changes).toEqual([
      { code: 825, name: "Læsø", before: 1_794, after: 1_728 },
    ]);
    expect(parsed.asOf).toBe("2025-04-01");
  });

  it("reports every bad row by line and column", () => {
    const parsed = parseFolk1a(
      "OMRÅDE;KØN;ALDER;TID;INDHOLD\nAarhus;I alt;Alder i alt;2025K1;36x\nAarhus;I alt;Alder i alt;2025Q1;1\nAarhus;I alt\n",
    );
    expect(parsed.problems).toEqual([
      { line: 2, column: "INDHOLD", message: "notWhole" },
      { line: 3, column: "TID", message: "badQuarter" },
      { line: 4, column: "*", message: "fieldCount" },
    ]);
    expect(parseFolk1a("NAVN;TAL\nx;1").problems[0].message).toBe("missingColumns");
  });

  it("dates a quarter by its first day", () => {
    expect(["2025K1", "2025K2", "2025K3", "2025K4", "2025Q1"].map(quarterStart)).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      null,
    ]);
  });
});
