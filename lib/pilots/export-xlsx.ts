// The same sheets as an Excel workbook: one worksheet each, amounts as numbers with a thousands
// format (Excel shows them with the reader's own separators), dates as real dates.
import "server-only";
import ExcelJS from "exceljs";
import type { Sheet } from "./export";

const FORMAT = { kroner: "#,##0", date: "dd-mm-yyyy", id: "0", text: "@" } as const;

export async function toXlsx(sheets: Sheet[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Innovationsmotor";
  book.title = title;
  for (const s of sheets) {
    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    const sheet = book.addWorksheet(s.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
    sheet.columns = s.columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2), style: { numFmt: FORMAT[c.kind] } }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of s.rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
