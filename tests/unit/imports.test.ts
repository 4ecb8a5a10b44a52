// The import's reading and rules without a database: both file types give the same rows with the
// row numbers Excel shows; headers in Danish or English, in any order; every bad cell reported by
// row and column; Danish numbers and dates; a wrong or broken file is a file error, not a crash.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSheet, fileKind, cellText } from "../../lib/imports/workbook";
import { checkPilotSheet, type ImportLookups } from "../../lib/imports/pilot-rows";
import { headerIndex, COLUMN_KEYS, columnHeader } from "../../lib/imports/pilot-columns";
import { sheetAsCsv } from "../../lib/imports/measurements";
import { parseMeasurementsCsv } from "../../lib/kpis/csv";
import { translator } from "../../lib/i18n/messages";
import { pilotCsv, pilotRow, pilotWorkbook } from "../support/import-files";

const KNOWN = headerIndex([translator("da"), translator("en")]);
const LOOKUPS: ImportLookups = {
  communityId: 1,
  organisations: [
    { id: 10, name: "Aarhus", code: 751 },
    { id: 11, name: "Viborg", code: 791 },
    { id: 12, name: "DTU Compute", code: null },
  ],
  leads: [{ id: 5, email: "projektleder@aarhus.example", name: "Anna Leder" }],
};
const check = async (bytes: Uint8Array | string, name: string) => {
  const sheet = await readSheet(name, typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
  if (!sheet.ok) throw new Error(sheet.error);
  return checkPilotSheet(sheet.rows, KNOWN, LOOKUPS);
};

describe("reading a file", () => {
  it("knows .xlsx and .csv by name and content, and refuses the rest", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);
    expect(fileKind("a.xlsx", zip)).toBe("xlsx");
    expect(fileKind("a.CSV", new TextEncoder().encode("a;b"))).toBe("csv");
    expect(fileKind("a.xlsx", new TextEncoder().encode("a;b"))).toBeNull(); // renamed text
    expect(fileKind("a.csv", zip)).toBeNull(); // a renamed workbook
    expect(fileKind("a.pdf", new TextEncoder().encode("%PDF"))).toBeNull();
  });

  it("calls a broken workbook malformed, and a wrong type wrong", async () => {
    expect(await readSheet("a.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toEqual({
      ok: false,
      error: "malformed",
    });
    expect(await readSheet("a.docx", new TextEncoder().encode("x"))).toEqual({ ok: false, error: "wrongType" });
    expect(await readSheet("a.csv", new Uint8Array())).toEqual({ ok: false, error: "empty" });
  });

  it("reads Windows-1252 CSV (æøå from old Danish Excel) as well as UTF-8", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("Titel;"), 0xc6, 0xf8, 0xe5]); // "Æøå"
    const sheet = await readSheet("a.csv", latin1);
    expect(sheet.ok && sheet.rows[0].cells).toEqual(["Titel", "Æøå"]);
  });

  it("shows cells as a Danish reader does: decimal comma, days without a time", () => {
    expect(cellText(1250.5)).toBe("1250,5");
    expect(cellText(new Date("2026-03-01T00:00:00Z"))).toBe("2026-03-01");
    expect(cellText(new Date("2026-03-01T08:30:00Z"))).toBe("2026-03-01 08:30:00");
  });
});

describe("the pilot rows", () => {
  it("are the same from .xlsx and .csv, with Danish or English headers", async () => {
    const rows = [pilotRow(1), pilotRow(2)];
    const fromXlsx = await check(await pilotWorkbook(rows), "p.xlsx");
    const fromCsv = await check(pilotCsv(rows, "en"), "p.csv");
    expect(fromXlsx.errors).toEqual([]);
    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.pilots.map((p) => p.input)).toEqual(fromXlsx.pilots.map((p) => p.input));
    expect(fromXlsx.pilots[0]).toMatchObject({
      row: 2,
      projectLeadId: 5,
      input: {
        leadOrganisationId: 10,
        technologies: ["IoT", "GIS/geodata"],
        domains: ["vand", "klima"],
        sdgs: [6, 13],
        visibility: "PUBLIC",
      },
    });
    expect(fromXlsx.pilots[0].phases).toEqual([
      {
        kind: "TEST",
        plan: {
          plannedStart: "2027-01-01",
          plannedEnd: "2027-06-30",
          requestedGrant: 100_001,
          successCriteria: "Varsel mindst 6 timer før",
          killCriteria: "Udfald over 20 %",
        },
      },
    ]);
  });

  it("accept Danish kroner and dates as text: 1.250.000 kr., 01-03-2027, 1.3.2027", async () => {
    const { pilots, errors } = await check(
      pilotCsv([
        pilotRow(1, {
          "TEST.requestedGrant": "1.250.000 kr.",
          "TEST.plannedStart": "1.3.2027",
          "TEST.plannedEnd": "01-09-2027",
        }),
      ]),
      "p.csv",
    );
    expect(errors).toEqual([]);
    expect(pilots[0].phases[0].plan).toMatchObject({
      requestedGrant: 1_250_000,
      plannedStart: "2027-03-01",
      plannedEnd: "2027-09-01",
    });
  });

  it("report every bad cell by the row Excel shows and the column, whatever order the columns are in", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("x");
    const keys = [...COLUMN_KEYS].reverse(); // columns in another order
    sheet.addRow(keys.map((k) => columnHeader(translator("da"), k)));
    sheet.addRow([]); // a blank row is skipped but still counted
    const row = pilotRow(1, {
      title: "ab",
      "TEST.requestedGrant": -5,
      sdgs: "6, 18",
      projectLead: "ukendt@example.dk",
    });
    sheet.addRow(keys.map((k) => row[k] ?? null));
    const { errors, pilots } = await check(new Uint8Array(await book.xlsx.writeBuffer()), "p.xlsx");
    expect(pilots).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, "TEST.requestedGrant", "pilots.phases.grantNegative"],
      [3, "projectLead", "imports.errors.leadUnknown"],
      [3, "sdgs", "pilots.errors.sdgUnknown"],
      [3, "title", "pilots.errors.titleTooShort"],
    ]);
  });

  it("name unknown and missing columns in the header row, and nothing else", async () => {
    const text = pilotCsv([pilotRow(1)])
      .replace("Hypotese", "Hypotesen")
      .replace(";Synlighed", ";Synlighed;Budget");
    const { errors } = await check(text, "p.csv");
    expect(errors.map((e) => [e.row, e.column ?? e.header, e.message])).toEqual([
      [1, "Hypotesen", "imports.errors.unknownColumn"],
      [1, "Budget", "imports.errors.unknownColumn"],
      [1, "hypothesis", "imports.errors.missingColumn"],
    ]);
  });
});

describe("KPI measurements from a workbook", () => {
  it("keep Excel's row numbers, real dates and numbers through the CSV rules", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("m");
    sheet.addRow(["Dato", "Værdi", "Note"]);
    sheet.addRow([new Date("2026-03-01T00:00:00Z"), 1200.5, null]);
    sheet.getRow(5).values = [new Date("2026-03-02T08:30:00Z"), "tolv", "regn; blæst"];
    const read = await readSheet("m.xlsx", new Uint8Array(await book.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(read.error);
    const parsed = parseMeasurementsCsv(sheetAsCsv(read.rows), { today: "2026-11-27" });
    expect(parsed.header).toBe(true);
    expect(parsed.rows).toMatchObject([{ row: 2, day: "2026-03-01", value: 1200.5 }]);
    expect(parsed.errors).toEqual([
      { row: 5, column: 2, field: "value", code: "valueInvalid", params: { text: "tolv" } },
    ]);
  });
});
