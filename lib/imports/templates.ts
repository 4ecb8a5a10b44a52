// Downloadable templates: the import's column headers in the user's language. The .xlsx has the
// headers (bold, frozen) on the first sheet, which is the one read back, and a filled-in example
// on a second sheet, so importing an untouched template creates nothing by accident.
import "server-only";
import ExcelJS from "exceljs";
import type { Translate } from "../i18n/messages";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "./pilot-columns";

export const TEMPLATE_TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;
export type TemplateFormat = keyof typeof TEMPLATE_TYPES;

const EXAMPLE: Partial<Record<ColumnKey, string | number | Date>> = {
  title: "Sensorer i regnvandsbassiner",
  problem: "Bassinerne løber over uden varsel.",
  hypothesis: "Niveausensorer giver driften seks timers varsel.",
  technologies: "IoT, GIS/geodata",
  domains: "vand, klima",
  sdgs: "6, 13",
  leadOrganisation: "Aarhus Kommune",
  participants: "Viborg Kommune",
  visibility: "Offentlig",
  projectLead: "projektleder@aarhus.example",
  "TEST.plannedStart": new Date("2027-01-01T00:00:00Z"),
  "TEST.plannedEnd": new Date("2027-06-30T00:00:00Z"),
  "TEST.requestedGrant": 250_000,
  "TEST.successCriteria": "Varsel mindst 6 timer før overløb",
  "TEST.killCriteria": "Sensorerne falder ud mere end 20 % af tiden",
};

async function workbook(sheetName: string, headers: string[], example: (string | number | Date | null)[], exampleName: string) {
  const book = new ExcelJS.Workbook();
  book.creator = "Innovationsmotor";
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow(headers).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  headers.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.max(14, Math.min(40, h.length + 4))));
  const sample = book.addWorksheet(exampleName);
  sample.addRow(headers).font = { bold: true };
  sample.addRow(example);
  headers.forEach((_, i) => {
    sample.getColumn(i + 1).width = 24;
    if (example[i] instanceof Date) sample.getColumn(i + 1).numFmt = "dd-mm-yyyy";
    if (typeof example[i] === "number") sample.getColumn(i + 1).numFmt = '#,##0 "kr."';
  });
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

const csvLine = (cells: string[]) => cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";");

export async function pilotTemplate(t: Translate, format: TemplateFormat): Promise<Uint8Array<ArrayBuffer> | string> {
  const headers = COLUMN_KEYS.map((k) => columnHeader(t, k));
  if (format === "csv") return `\uFEFF${csvLine(headers)}\r\n`;
  return workbook(t("imports.pilots.sheetName"), headers, COLUMN_KEYS.map((k) => EXAMPLE[k] ?? null), t("imports.template.example"));
}

export async function kpiTemplate(t: Translate, format: TemplateFormat): Promise<Uint8Array<ArrayBuffer> | string> {
  const headers = (["date", "value", "note"] as const).map((k) => t(`imports.kpi.columns.${k}`));
  if (format === "csv") return `\uFEFF${csvLine(headers)}\r\n`;
  return workbook(t("imports.kpi.sheetName"), headers, [new Date("2026-03-01T00:00:00Z"), 12.5, t("imports.template.exampleNote")], t("imports.template.example"));
}

export function templateResponse(body: Uint8Array<ArrayBuffer> | string, format: TemplateFormat, baseName: string) {
  return new Response(body, { headers: { "Content-Type": TEMPLATE_TYPES[format], "Content-Disposition": `attachment; filename="${baseName}.${format}"`, "Cache-Control": "private, no-store" } });
}
