// CSV in and out, the way Danish Excel opens and saves it: UTF-8 with a byte order mark (or æøå
// break), `;` between fields (the comma is the decimal mark), CRLF line ends. Quoting is the csv
// project's (csv-stringify, csv-parse); the one formula guard of every download lives here.
import { stringify } from "csv-stringify/sync";
import { parse } from "csv-parse/sync";
import type { Locale } from "../i18n/locales";
import { allRows, type Cell, type CellKind, type Table } from "./table";

const BOM = "\uFEFF";

/** Text that starts like a formula is defused, so a title cannot run code in a spreadsheet. */
export const defuseFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function cellText(value: Cell, kind: CellKind, locale: Locale): string {
  if (value === null) return "";
  if (typeof value === "string") return defuseFormula(value);
  if (kind === "kroner" || kind === "count" || kind === "id") return String(Math.round(value)); // no separators, no decimals
  const s = String(kind === "share" ? Math.round(value * 10000) / 10000 : value);
  return locale === "da" ? s.replace(".", ",") : s;
}

const lines = (records: string[][]) =>
  stringify(records, { delimiter: ";", record_delimiter: "\r\n", quoted_match: /[;"\r\n]/ });

/**
 * One table: its header row and its rows. Several tables (a pilot's ledger: budget, pledges,
 * expenses) follow each other, each under its own name, separated by an empty line.
 */
export function writeCsv(tables: Table | Table[], locale: Locale): string {
  const list = Array.isArray(tables) ? tables : [tables];
  const block = (t: Table) =>
    lines([
      t.columns.map((c) => defuseFormula(c.header)),
      ...allRows(t).map((r) => r.map((v, i) => cellText(v, t.columns[i].kind, locale))),
    ]);
  if (list.length === 1) return BOM + block(list[0]);
  return BOM + list.map((t) => lines([[defuseFormula(t.name)]]) + block(t)).join("\r\n");
}

export type Separator = ";" | "," | "\t";
export type CsvRecord = { line: number; cells: string[]; unclosedQuote?: boolean };

/**
 * Danish Excel separates with ";" (the comma is the decimal mark), platforms with ",", a copy from
 * a spreadsheet with tabs. The first line that says anything decides.
 */
export function detectSeparator(text: string): Separator {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== "") ?? "";
  if (first.includes(";")) return ";";
  if (first.includes("\t")) return "\t";
  return ",";
}

const OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: false,
  bom: true,
  record_delimiter: ["\r\n", "\n", "\r"],
};
const breaks = (text: string) => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/**
 * Records with the line each starts on (a quoted cell may span lines), RFC 4180 quoting. A quote
 * that is never closed ends the file as one last record, marked, so the import can point at it.
 */
export function readCsv(input: string, sep: Separator): CsvRecord[] {
  const bytes = Buffer.from(input.replace(/^\uFEFF/, ""), "utf8");
  const out: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  const onRecord = (cells: string[], ctx: { bytes: number }) => {
    out.push({ line, cells });
    line += breaks(bytes.subarray(start, ctx.bytes).toString("utf8"));
    start = ctx.bytes;
    return cells;
  };
  try {
    parse(bytes, { ...OPTIONS, delimiter: sep, on_record: onRecord });
  } catch (err) {
    if ((err as { code?: string }).code !== "CSV_QUOTE_NOT_CLOSED") throw err;
    // Everything after the last whole record is the record whose quote never closes.
    const rest = bytes.subarray(start).toString("utf8");
    const quote = rest.indexOf('"');
    out.push({
      line,
      cells: [...rest.slice(0, quote).split(sep).slice(0, -1), rest.slice(quote + 1)],
      unclosedQuote: true,
    });
  }
  return out;
}

// In its own zod- and csv-parse-free module, for the browser forms that read a chosen file (issue 22).
export { decodeCsvBytes } from "./decode";
