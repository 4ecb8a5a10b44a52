// Downloadable templates: the import's column headers in the user's language, as tables for the one
// export pipeline. The .xlsx has the headers (bold, frozen) on the first sheet, which is the one read
// back, and a filled-in example on a second sheet, so importing an untouched template creates nothing.
import "server-only";
import type { Translate } from "../i18n/messages";
import type { Cell, CellKind, Column, ExportFormat, Table } from "../exports/table";
import { COLUMN_KEYS, columnHeader, type ColumnKey } from "./pilot-columns";

const EXAMPLE: Partial<Record<ColumnKey, Cell>> = {
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
  "TEST.plannedStart": "2027-01-01",
  "TEST.plannedEnd": "2027-06-30",
  "TEST.requestedGrant": 250_000,
  "TEST.successCriteria": "Varsel mindst 6 timer før overløb",
  "TEST.killCriteria": "Sensorerne falder ud mere end 20 % af tiden",
};

const kindOf = (key: string): CellKind =>
  /plannedStart|plannedEnd/.test(key) ? "date" : /requestedGrant/.test(key) ? "kroner" : "text";

/** The headers (the sheet that is read back) and, in the workbook, a filled-in example beside them. */
function template(t: Translate, format: ExportFormat, sheet: string, columns: Column[], example: Cell[]): Template {
  const headers: Table = { name: sheet, columns, rows: [] };
  if (format === "csv") return { tables: [headers], format };
  return { tables: [headers, { name: t("imports.template.example"), columns, rows: [example] }], format };
}

export type Template = { tables: Table[]; format: ExportFormat };

export function pilotTemplate(t: Translate, format: ExportFormat): Template {
  const columns = COLUMN_KEYS.map((k) => ({ header: columnHeader(t, k), kind: kindOf(k) }));
  return template(
    t,
    format,
    t("imports.pilots.sheetName"),
    columns,
    COLUMN_KEYS.map((k) => EXAMPLE[k] ?? null),
  );
}

export function kpiTemplate(t: Translate, format: ExportFormat): Template {
  const kinds = { date: "date", value: "decimal", note: "text" } as const;
  const columns = (["date", "value", "note"] as const).map((k) => ({
    header: t(`imports.kpi.columns.${k}`),
    kind: kinds[k],
  }));
  return template(t, format, t("imports.kpi.sheetName"), columns, [
    "2026-03-01",
    12.5,
    t("imports.template.exampleNote"),
  ]);
}
