// The measurement import: a CSV of date;value[;note] checked row by row before anything is written.
// Pure, so the browser shows the same preview the server will enforce, and the unit tests run it
// without a database. Every bad row is reported with its line and column; a file with any error
// imports nothing (lib/kpis/import.ts); `rows` then only feeds the preview's counts.
import { parseMoment } from "./csv-cells";
import { pointLedger, type Point } from "./points";

import { detectSeparator, readCsv, type Separator } from "../exports/csv";
import { isAmbiguousPoint, parseDecimal, type GroupedPoint } from "../decimal";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "./limits";
export { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS };
import { MAX_VALUE } from "../validation";
export const MAX_NOTE = 500;

export type CsvField = "date" | "value" | "note" | "extra";
export type CsvErrorCode =
  | "dateMissing"
  | "dateInvalid"
  | "dateFuture"
  | "valueMissing"
  | "valueInvalid"
  | "valueTooLarge"
  | "noteTooLong"
  | "tooManyColumns"
  | "unclosedQuote"
  | "duplicate"
  | "conflict";
export type CsvError = {
  row: number;
  column: number;
  field: CsvField;
  code: CsvErrorCode;
  params?: Record<string, number | string>;
};
export type ImportRow = Point;
export type FileError = "empty" | "tooLarge" | "tooManyRows";

export type CsvParse = {
  rows: ImportRow[];
  errors: CsvError[];
  /** Rows identical to a measurement already stored (same moment, same value): skipped, so a re-import is harmless. */
  already: number[];
  fileError?: FileError;
  separator: Separator;
  header: boolean;
};

type Options = { today: string; existing?: ReadonlyMap<number, number> };

const blank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * How this file writes "1.200": a comma-separated file cannot use the Danish decimal comma unquoted,
 * and a file with "12.5" elsewhere uses the point as its decimal mark — then it is 1.2; otherwise
 * (Danish Excel with semicolons) it is twelve hundred.
 */
function fileGroupedPoint(values: string[], separator: Separator): GroupedPoint {
  if (separator === ",") return "decimal";
  const pointDecimal = values.some((v) => /^[-+−–]?\d*\.\d+$/.test(v.trim()) && !isAmbiguousPoint(v));
  return pointDecimal ? "decimal" : "thousands";
}

export function parseMeasurementsCsv(text: string, { today, existing = new Map() }: Options): CsvParse {
  const separator = detectSeparator(text);
  const done = (p: Partial<CsvParse>): CsvParse => ({
    rows: [],
    errors: [],
    already: [],
    separator,
    header: false,
    ...p,
  });
  if (text.length > MAX_IMPORT_CHARS) return done({ fileError: "tooLarge" });
  const records = readCsv(text, separator).filter((r) => !blank(r.cells));
  // A first line whose date and value both fail to read is a header ("dato;værdi;note"), not data.
  const first = records[0];
  const header =
    !!first && !parseMoment(first.cells[0] ?? "") && parseDecimal(first.cells[1] ?? "", "decimal") === null;
  const data = header ? records.slice(1) : records;
  if (data.length === 0) return done({ fileError: "empty", header });
  if (data.length > MAX_IMPORT_ROWS) return done({ fileError: "tooManyRows", header });

  const groupedPoint = fileGroupedPoint(
    data.map((r) => r.cells[1] ?? ""),
    separator,
  );
  const errors: CsvError[] = [];
  const ledger = pointLedger(existing);
  for (const { line: row, cells, unclosedQuote } of data) {
    const bad = (column: number, field: CsvField, code: CsvErrorCode, params?: CsvError["params"]) =>
      errors.push({ row, column, field, code, params });
    if (unclosedQuote) {
      bad(cells.length, cells.length === 1 ? "date" : cells.length === 2 ? "value" : "note", "unclosedQuote");
      continue;
    }
    const [dateCell = "", valueCell = "", noteCell = "", ...rest] = cells;
    const extra = rest.findIndex((c) => c.trim() !== "");
    if (extra >= 0) bad(4 + extra, "extra", "tooManyColumns");
    const moment = dateCell.trim() === "" ? null : parseMoment(dateCell);
    if (dateCell.trim() === "") bad(1, "date", "dateMissing");
    else if (!moment) bad(1, "date", "dateInvalid", { text: dateCell.trim().slice(0, 40) });
    else if (moment.day > today) bad(1, "date", "dateFuture");
    const value = valueCell.trim() === "" ? null : parseDecimal(valueCell, groupedPoint);
    if (valueCell.trim() === "") bad(2, "value", "valueMissing");
    else if (value === null) bad(2, "value", "valueInvalid", { text: valueCell.trim().slice(0, 40) });
    else if (Math.abs(value) > MAX_VALUE) bad(2, "value", "valueTooLarge");
    const note = noteCell.trim();
    if (note.length > MAX_NOTE) bad(3, "note", "noteTooLong", { max: MAX_NOTE });
    if (!moment || value === null || errors.at(-1)?.row === row) continue;

    const clash = ledger.place({ row, measuredAt: moment.at, day: moment.day, value, note: note || null });
    if (clash?.code === "duplicate") bad(1, "date", "duplicate", { first: clash.first });
    else if (clash) bad(2, "value", "conflict", { stored: clash.stored });
  }
  return { rows: ledger.rows, errors, already: ledger.already, separator, header };
}
