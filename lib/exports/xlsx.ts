// The same tables as an Excel workbook, one worksheet each: numbers stay numbers with a format per
// kind (Excel shows them with the reader's own separators), dates are real dates, shares are
// percentages, the header row is bold and frozen.
import "server-only";
import ExcelJS from "exceljs";
import { allRows, type CellKind, type Table } from "./table";

const FORMAT: Record<CellKind, string> = {
  text: "@",
  kroner: '#,##0 "kr."',
  count: "0",
  decimal: "0.0#",
  share: "0.0%",
  id: "0",
  date: "dd-mm-yyyy",
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

export async function writeXlsx(tables: Table[], title: string): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = "Innovationsmotor";
  book.title = title;
  for (const t of tables) {
    const sheet = book.addWorksheet(sheetName(t.name));
    sheet.columns = t.columns.map((c) => ({
      header: c.header,
      width:
        c.kind === "text"
          ? Math.max(16, Math.min(40, c.header.length + 4))
          : Math.max(12, Math.min(30, c.header.length + 2)),
      style: { numFmt: FORMAT[c.kind] },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of allRows(t))
      sheet.addRow(
        row.map((v, i) => (t.columns[i]?.kind === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v)),
      );
  }
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
