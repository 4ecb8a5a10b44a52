// CSV the way Danish Excel opens it with a double click: UTF-8 with a byte order mark (or æøå break),
// `;` between fields (`,` is the decimal comma), CRLF line ends. Sheets follow each other, each
// under its own name, separated by an empty line.
import type { Cell, Sheet } from "./export";
import { isoDay } from "./api-format";

const BOM = "\uFEFF";

/** Text that starts like a formula is defused, so a description cannot run code in a spreadsheet. */
function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value); // whole kroner: no separators, no decimals
  if (value instanceof Date) return isoDay(value);
  return text(value);
}

export function toCsv(sheets: Sheet[]): string {
  const blocks = sheets.map((s) => [text(s.name), s.columns.map((c) => text(c.header)).join(";"), ...s.rows.map((r) => r.map(cell).join(";"))].join("\r\n"));
  return BOM + blocks.join("\r\n\r\n") + "\r\n";
}
