// An uploaded spreadsheet as rows of cells, whatever it came as: .xlsx (the first worksheet, via
// exceljs) or .csv (Danish Excel's semicolons, commas or tabs, UTF-8 with or without BOM, else
// Windows-1252). `row` is the row number the user sees in Excel, so every error can point there.
// A file that is neither, or that exceljs cannot open, is a file error, never an exception.
import "server-only";
import ExcelJS from "exceljs";

import { decodeCsvBytes, detectSeparator, readCsv } from "../exports/csv";
export type Cell = string | number | Date | null;
export type SheetRow = { row: number; cells: Cell[] };
/** An uploaded sheet as the imports read it; `text` is a CSV file's own text. */
export type SheetUpload = { rows: SheetRow[]; text?: string };
export type FileError = "wrongType" | "malformed" | "tooLarge" | "empty";
/** `text` is the decoded CSV itself, for readers that know CSV better than cells (lib/kpis/csv.ts). */
export type Sheet =
  { ok: true; kind: "xlsx" | "csv"; rows: SheetRow[]; text?: string } | { ok: false; error: FileError };

/** 5,000 rows of pilots with long texts fit; a bigger file is not a spreadsheet people type by hand. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function fileKind(name: string, bytes: Uint8Array): "xlsx" | "csv" | null {
  const zip = ZIP.every((b, i) => bytes[i] === b);
  if (/\.xlsx$/i.test(name)) return zip ? "xlsx" : null;
  if (/\.(csv|txt)$/i.test(name)) return zip ? null : "csv";
  return null;
}

/** What a cell holds, as the user sees it: formulas by their result, rich text as plain text. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || v instanceof Date) return v;
  if (typeof v === "boolean") return v ? "1" : "0";
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return cellValue(v.result as ExcelJS.CellValue);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: "malformed" };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { ok: false, error: "empty" };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    const cells: Cell[] = [];
    r.eachCell({ includeEmpty: true }, (c, col) => void (cells[col - 1] = cellValue(c.value)));
    rows.push({ row, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { ok: true, kind: "xlsx", rows };
}

export async function readSheet(name: string, bytes: Uint8Array): Promise<Sheet> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: "tooLarge" };
  if (bytes.byteLength === 0) return { ok: false, error: "empty" };
  const kind = fileKind(name, bytes);
  if (!kind) return { ok: false, error: "wrongType" };
  if (kind === "xlsx") return readXlsx(bytes);
  const text = decodeCsvBytes(bytes);
  const rows = readCsv(text, detectSeparator(text)).map((r) => ({ row: r.line, cells: r.cells as Cell[] }));
  return { ok: true, kind, rows, text };
}

export const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === "string" && c.trim() === ""));

/** A cell as text the way a Danish user reads it: numbers with a decimal comma, dates as yyyy-mm-dd. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "number") return String(c).replace(".", ",");
  if (c instanceof Date) {
    const iso = c.toISOString();
    // Excel stores wall-clock times as if they were UTC; midnight means a day without a time.
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  }
  return c;
}
