// CSV the way Danish Excel opens it with a double click: UTF-8 with a byte order mark, `;` between
// fields, CRLF line ends, and — in Danish — a decimal comma (Excel reads "0.5" as a date or text
// there). Whole kroner and counts carry no separators at all.
import type { Cell, CellKind, Table } from "./table";
import type { Locale } from "../../i18n/locales";

const BOM = "\uFEFF";

/** Text that starts like a formula is defused, so a title cannot run code in a spreadsheet. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(value: Cell, kind: CellKind, locale: Locale): string {
  if (value === null) return "";
  if (typeof value === "string") return text(value);
  if (kind === "kroner" || kind === "count" || kind === "id") return String(Math.round(value));
  const s = String(kind === "share" ? Math.round(value * 10000) / 10000 : value);
  return locale === "da" ? s.replace(".", ",") : s;
}

export function toCsv(table: Table, locale: Locale): string {
  const lines = [table.columns.map((c) => text(c.header)).join(";"), ...[...table.rows, ...(table.footer ? [table.footer] : [])].map((r) => r.map((v, i) => cell(v, table.columns[i].kind, locale)).join(";"))];
  return BOM + lines.join("\r\n") + "\r\n";
}
