// The same table as an Excel workbook: numbers stay numbers (Excel shows them with the reader's
// own separators), shares as percentages, the header row bold and frozen.
import "server-only";
import ExcelJS from "exceljs";
import type { CellKind, Table } from "./table";

const FORMAT: Record<CellKind, string> = { text: "@", kroner: "#,##0", count: "0", decimal: "0.0#", share: "0.0%", id: "0", date: "dd-mm-yyyy" };

export async function toXlsx(table: Table, title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Innovationsmotor";
  book.title = title;
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = book.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: Math.max(12, Math.min(60, c.header.length + 2)), style: { numFmt: FORMAT[c.kind] } }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const asDate = (v: unknown, i: number) => (table.columns[i].kind === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v);
  for (const row of [...table.rows, ...(table.footer ? [table.footer] : [])]) sheet.addRow(row.map(asDate));
  return Buffer.from(await book.xlsx.writeBuffer());
}
