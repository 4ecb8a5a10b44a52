// The measurement import's parser: what Danish Excel, platforms and spreadsheets actually produce,
// and every bad row reported with its line and column.
import { describe, expect, it } from "vitest";
import { MAX_IMPORT_ROWS, parseMeasurementsCsv } from "../../lib/kpis/csv";
import { parseMoment } from "../../lib/kpis/csv-cells";

import { detectSeparator, readCsv } from "../../lib/exports/csv";
const today = "2026-06-30";
const parse = (text: string, existing?: Map<number, number>) => parseMeasurementsCsv(text, { today, existing });
const noon = (ymd: string) => new Date(`${ymd}T12:00:00Z`);

describe("separators, quotes and the byte-order mark", () => {
  it("reads Danish Excel: BOM, semicolons, decimal comma, CRLF, a header", () => {
    const r = parse("\uFEFFDato;Værdi;Note\r\n01-03-2026;12,5;første\r\n2026-04-01;1.234,75;\r\n");
    expect(r.separator).toBe(";");
    expect(r.header).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.day, x.value, x.note])).toEqual([
      [2, "2026-03-01", 12.5, "første"],
      [3, "2026-04-01", 1234.75, null],
    ]);
    expect(r.rows[0].measuredAt).toEqual(noon("2026-03-01"));
  });
  it("reads comma-separated platform exports with decimal points, and quoted decimal commas", () => {
    const r = parse('date,value,note\n2026-03-01,12.5,ok\n2026-03-02,"13,5","a note, with a comma"\n');
    expect(r.separator).toBe(",");
    expect(r.rows.map((x) => [x.value, x.note])).toEqual([
      [12.5, "ok"],
      [13.5, "a note, with a comma"],
    ]);
  });
  it("reads 1.200 the way the rest of the file writes numbers", () => {
    expect(parse("2026-03-01;1.200\n2026-03-02;1.250,5").rows.map((x) => x.value)).toEqual([1200, 1250.5]);
    expect(parse("2026-03-01;1.200\n2026-03-02;1.3").rows.map((x) => x.value)).toEqual([1.2, 1.3]);
    expect(parse("2026-03-01,1.200\n2026-03-02,1.300").rows.map((x) => x.value)).toEqual([1.2, 1.3]);
  });
  it("reads tab-separated rows pasted from a spreadsheet, without a header", () => {
    const r = parse("2026-03-01\t7\n2026-03-02\t8,25");
    expect(r.separator).toBe("\t");
    expect(r.header).toBe(false);
    expect(r.rows.map((x) => [x.row, x.value])).toEqual([
      [1, 7],
      [2, 8.25],
    ]);
  });
  it("keeps quotes, separators and line breaks inside a quoted cell, and counts lines from where a row starts", () => {
    expect(readCsv('a;"b ""c"";d\ne";f\ng;h', ";")).toEqual([
      { line: 1, cells: ["a", 'b "c";d\ne', "f"] },
      { line: 3, cells: ["g", "h"] },
    ]);
    const r = parse('2026-03-01;1;"two\nlines"\n2026-03-0x;2');
    expect(r.errors).toMatchObject([{ row: 3, column: 1, code: "dateInvalid" }]);
  });
  it("skips blank lines and the empty cells Excel leaves at the end of a row", () => {
    const r = parse("2026-03-01;1;;;\n\n;;\n2026-03-02;2\n");
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([1, 4]);
  });
  it("picks the separator from the first line that says anything", () => {
    expect(detectSeparator("\n\n2026-01-01;1,5")).toBe(";");
    expect(detectSeparator("2026-01-01,1.5")).toBe(",");
  });
});

describe("dates", () => {
  it("reads ISO and Danish days, with or without a time in Danish time or with a zone", () => {
    expect(parseMoment("2026-03-01")?.at).toEqual(noon("2026-03-01"));
    expect(parseMoment("1.3.2026")?.day).toBe("2026-03-01");
    expect(parseMoment("01/03/2026 08:30")?.at).toEqual(new Date("2026-03-01T07:30:00Z")); // winter: UTC+1
    expect(parseMoment("2026-07-01 08:30")?.at).toEqual(new Date("2026-07-01T06:30:00Z")); // summer: UTC+2
    expect(parseMoment("2026-07-01T23:30:00Z")?.day).toBe("2026-07-02"); // already the next day in Denmark
    for (const bad of ["2026-02-30", "31-04-2026", "2026-13-01", "1. marts 2026", "2026-03-01 25:00", ""])
      expect(parseMoment(bad), bad).toBeNull();
  });
});

describe("bad rows", () => {
  it("reports every bad row with its line, column and problem, several per row, and imports nothing from them", () => {
    const r = parse(
      [
        "dato;værdi;note",
        "2026-03-01;12,5",
        "2026-02-30;1",
        "2026-03-03;tolv",
        "2026-03-04;",
        ";5",
        "2026-07-01;3",
        "2026-03-05;1;ok;extra",
        "xx;yy;" + "n".repeat(501),
      ].join("\n"),
    );
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 1, "dateInvalid"],
      [4, 2, "valueInvalid"],
      [5, 2, "valueMissing"],
      [6, 1, "dateMissing"],
      [7, 1, "dateFuture"],
      [8, 4, "tooManyColumns"],
      [9, 1, "dateInvalid"],
      [9, 2, "valueInvalid"],
      [9, 3, "noteTooLong"],
    ]);
    expect(r.errors[1].params).toEqual({ text: "tolv" });
    expect(r.rows.map((x) => x.row)).toEqual([2]);
  });
  it("refuses the same moment twice in a file, and a different value where one is stored", () => {
    const stored = new Map([[noon("2026-03-02").getTime(), 10]]);
    const r = parse("2026-03-01;1\n01-03-2026;2\n2026-03-02;11", stored);
    expect(r.errors).toMatchObject([
      { row: 2, column: 1, code: "duplicate", params: { first: 1 } },
      { row: 3, column: 2, code: "conflict", params: { stored: 10 } },
    ]);
  });
  it("skips rows identical to stored measurements, so importing the same file twice adds nothing", () => {
    const stored = new Map([[noon("2026-03-01").getTime(), 1]]);
    const r = parse("2026-03-01;1\n2026-03-02;2", stored);
    expect(r.errors).toEqual([]);
    expect(r.already).toEqual([1]);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
  });
  it("reports an unclosed quote at its row", () => {
    expect(parse('2026-03-01;1\n2026-03-02;"2').errors).toMatchObject([{ row: 2, column: 2, code: "unclosedQuote" }]);
  });
});

describe("the file as a whole", () => {
  it("says so when there is no data, only a header", () => {
    expect(parse("").fileError).toBe("empty");
    expect(parse("dato;værdi\n").fileError).toBe("empty");
  });
  it("takes 10,000 rows and refuses 10,001", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `${new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString()};${i}`).join(
        "\n",
      );
    const ok = parse(rows(MAX_IMPORT_ROWS));
    expect(ok.fileError).toBeUndefined();
    expect(ok.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(parse(rows(MAX_IMPORT_ROWS + 1))).toMatchObject({ fileError: "tooManyRows", rows: [] });
  });
  it("refuses text beyond the size a form may carry", () => {
    expect(parse("x".repeat(900_001)).fileError).toBe("tooLarge");
  });
});
