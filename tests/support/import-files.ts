// Spreadsheets for the import tests, made in the test itself with exceljs (no binary fixtures):
// pilot rows under the Danish template headers, and KPI measurement rows.
import ExcelJS from "exceljs";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "../../lib/imports/pilot-columns";
import { translator } from "../../lib/i18n/messages";

export type PilotRow = Partial<Record<ColumnKey, string | number | Date>>;

export const pilotRow = (i: number, over: PilotRow = {}): PilotRow => ({
  title: `Importeret pilot nr. ${i}`,
  problem: "Regnvandsbassiner løber over uden varsel.",
  hypothesis: "Niveausensorer giver seks timers varsel.",
  technologies: "IoT, GIS/geodata",
  domains: "Vand; klima",
  sdgs: "6, 13",
  leadOrganisation: "Aarhus Kommune",
  participants: "",
  visibility: i % 2 ? "Offentlig" : "Medlemmer",
  projectLead: "projektleder@aarhus.example",
  "TEST.plannedStart": new Date("2027-01-01T00:00:00Z"),
  "TEST.plannedEnd": "30-06-2027",
  "TEST.requestedGrant": 100_000 + i,
  "TEST.successCriteria": "Varsel mindst 6 timer før",
  "TEST.killCriteria": "Udfald over 20 %",
  ...over,
});

const headers = (lang: "da" | "en") => COLUMN_KEYS.map((k) => columnHeader(translator(lang), k));

export async function pilotWorkbook(rows: PilotRow[], lang: "da" | "en" = "da"): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Pilotprojekter");
  sheet.addRow(headers(lang));
  for (const r of rows) sheet.addRow(COLUMN_KEYS.map((k) => r[k] ?? null));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export function pilotCsv(rows: PilotRow[], lang: "da" | "en" = "da"): string {
  const cell = (v: string | number | Date | undefined) =>
    v instanceof Date
      ? v.toISOString().slice(0, 10)
      : v === undefined
        ? ""
        : String(v).includes(";")
          ? `"${v}"`
          : String(v);
  return [headers(lang).join(";"), ...rows.map((r) => COLUMN_KEYS.map((k) => cell(r[k])).join(";"))].join("\r\n");
}

/** Daily measurements from `fromYear` on (all in the past), as an .xlsx with real dates and numbers. */
export async function measurementWorkbook(
  count: number,
  bad?: { index: number; value: string | number | Date },
  fromYear = 2012,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Målinger");
  sheet.addRow(["Dato", "Værdi", "Note"]);
  for (let i = 0; i < count; i++)
    sheet.addRow([
      new Date(Date.UTC(fromYear, 0, 1) + i * 86_400_000),
      50 + (i % 40) / 4,
      i % 500 ? null : "Kalibreret",
    ]);
  if (bad) sheet.getRow(bad.index + 2).getCell(2).value = bad.value as ExcelJS.CellValue;
  return new Uint8Array(await book.xlsx.writeBuffer());
}
