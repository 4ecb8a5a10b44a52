// Every download is its table model, written by the one CSV or XLSX writer: read each file back
// (CSV with the one reader, XLSX with ExcelJS) and compare every header and every cell with the
// table the domain built for it. Covers the pilot ledger, each portfolio dataset, the catalogue and
// both import templates, in Danish and English.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { freshDatabase } from "../db";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import {
  catalogueDownload,
  pilotLedgerDownload,
  portfolioDatasetDownload,
  templateDownload,
} from "../../../lib/api/exports";
import { readCsv } from "../../../lib/exports/csv";
import { allRows, type Cell, type CellKind, type Table } from "../../../lib/exports/table";
import { translator } from "../../../lib/i18n/messages";
import type { Locale } from "../../../lib/i18n/locales";
import { getExpenseLedger } from "../../../lib/pilots/expense-ledger";
import { ledgerTables } from "../../../lib/pilots/export";
import { datasetExport } from "../../../lib/portfolio/export/load";
import { DATASETS } from "../../../lib/portfolio/export/datasets";
import { catalogueExport } from "../../../lib/search/export";
import { kpiTemplate, pilotTemplate } from "../../../lib/imports/templates";

let w: DemoWorld;

beforeAll(async () => {
  const db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

/** A CSV cell read back as the model's value: numbers by their kind (Danish decimal comma), text as written. */
function fromCsv(text: string, kind: CellKind, locale: Locale): Cell {
  if (text === "") return null;
  if (kind === "text" || kind === "date") return text.startsWith("'") ? text.slice(1) : text;
  return Number(locale === "da" ? text.replace(",", ".") : text);
}

function expectCell(actual: Cell, expected: Cell, kind: CellKind, where: string) {
  if (typeof expected === "number" && kind === "share") expect(actual, where).toBeCloseTo(expected, 4);
  else if (typeof expected === "number" && (kind === "kroner" || kind === "count" || kind === "id"))
    expect(actual, where).toBe(Math.round(expected));
  else expect(actual, where).toEqual(expected === "" ? null : expected);
}

async function expectCsvIs(res: Response, tables: Table[], locale: Locale) {
  const records = readCsv(new TextDecoder().decode(await res.arrayBuffer()), ";")
    .map((r) => r.cells)
    .filter((cells) => cells.some((c) => c !== ""));
  let at = 0;
  for (const t of tables) {
    if (tables.length > 1) expect(records[at++], "table name").toEqual([t.name]);
    expect(records[at++], `${t.name}: header`).toEqual(t.columns.map((c) => c.header));
    for (const [r, row] of allRows(t).entries()) {
      const cells = records[at++];
      row.forEach((v, i) =>
        expectCell(
          fromCsv(cells[i] ?? "", t.columns[i].kind, locale),
          v,
          t.columns[i].kind,
          `${t.name} row ${r + 1} column ${i + 1}`,
        ),
      );
    }
  }
  expect(at, "nothing after the last table").toBe(records.length);
}

/** An XLSX cell as the model's value: dates back to ISO days, empty cells null. */
function fromXlsx(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v as Cell;
}

async function expectXlsxIs(res: Response, tables: Table[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  expect(book.worksheets).toHaveLength(tables.length);
  for (const [n, t] of tables.entries()) {
    const sheet = book.worksheets[n];
    expect(
      t.columns.map((_, i) => sheet.getRow(1).getCell(i + 1).value),
      `${t.name}: header`,
    ).toEqual(t.columns.map((c) => c.header));
    const rows = allRows(t);
    expect(sheet.rowCount, `${t.name}: rows`).toBe(rows.length + 1);
    for (const [r, row] of rows.entries()) {
      row.forEach((v, i) =>
        expectCell(
          fromXlsx(sheet.getRow(r + 2).getCell(i + 1).value),
          v,
          t.columns[i].kind,
          `${t.name} row ${r + 1} column ${i + 1}`,
        ),
      );
    }
  }
}

describe("every download is its table model", () => {
  it("the pilot ledger (budget, pledges, expenses)", async () => {
    for (const locale of ["da", "en"] as const) {
      const ledger = (await getExpenseLedger(w.users.gtmMember, w.publicAdopted.id))!;
      const tables = ledgerTables(ledger, translator(locale));
      expect(tables.every((t) => t.rows.length > 0)).toBe(true);
      await expectCsvIs(
        await pilotLedgerDownload(w.users.gtmMember, String(w.publicAdopted.id), "csv", locale),
        tables,
        locale,
      );
      await expectXlsxIs(
        await pilotLedgerDownload(w.users.gtmMember, String(w.publicAdopted.id), "xlsx", locale),
        tables,
      );
    }
  });

  it("each portfolio dataset", async () => {
    for (const d of DATASETS) {
      const locale: Locale = d.length % 2 === 0 ? "da" : "en";
      const { table } = await datasetExport(w.users.admin, d, new URLSearchParams(), locale);
      await expectCsvIs(
        await portfolioDatasetDownload(w.users.admin, d, new URL(`http://x/e?format=csv`), locale),
        [table],
        locale,
      );
      await expectXlsxIs(await portfolioDatasetDownload(w.users.admin, d, new URL(`http://x/e?format=xlsx`), locale), [
        table,
      ]);
    }
  });

  it("the catalogue, for a search and with no query", async () => {
    for (const query of ["q=sensorer", ""]) {
      const table = await catalogueExport(w.users.gtmMember, new URLSearchParams(query), translator("da"), "http://x");
      expect(table.rows.length).toBeGreaterThan(0);
      await expectCsvIs(
        await catalogueDownload(w.users.gtmMember, new URL(`http://x/e?format=csv&${query}`), "da"),
        [table],
        "da",
      );
      await expectXlsxIs(await catalogueDownload(w.users.gtmMember, new URL(`http://x/e?format=xlsx&${query}`), "da"), [
        table,
      ]);
    }
  });

  it("the two import templates", async () => {
    for (const locale of ["da", "en"] as const) {
      for (const format of ["csv", "xlsx"] as const) {
        const t = translator(locale);
        const url = new URL(`http://x/e?format=${format}`);
        for (const [which, template] of [
          ["pilots", pilotTemplate(t, format)],
          ["kpis", kpiTemplate(t, format)],
        ] as const) {
          const res = await templateDownload(which, url, locale);
          if (format === "csv") await expectCsvIs(res, template.tables, locale);
          else await expectXlsxIs(res, template.tables);
        }
      }
    }
  });
});
