// The budget exports: CSV as Danish Excel reads it (BOM, `;`, whole numbers) and an XLSX workbook,
// both with the database's figures, and a 404 for a pilot the user may not see.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { pilotLedgerDownload } from "../../../lib/api/exports";
import { seedDemoWorld, type DemoWorld } from "./demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

async function sums(pilotId: number) {
  const phases = await db.prisma.phase.findMany({
    where: { pilotId },
    select: { status: true, requestedGrant: true, granted: true, spent: true },
  });
  const pledged = await db.prisma.pledge.aggregate({ where: { phase: { pilotId } }, _sum: { amount: true } });
  const expenses = await db.prisma.expense.count({ where: { phase: { pilotId } } });
  const sum = (f: (p: (typeof phases)[number]) => number) => phases.reduce((a, p) => a + f(p), 0);
  // A decided phase's unspent grant went back to the pool with the decision; the others still hold theirs.
  const returned = sum((p) => (p.status === "DECIDED" ? p.granted - p.spent : 0));
  const remaining = sum((p) => (p.status === "DECIDED" ? 0 : p.granted - p.spent));
  return {
    requested: sum((p) => p.requestedGrant),
    granted: sum((p) => p.granted),
    spent: sum((p) => p.spent),
    returned,
    remaining,
    pledged: pledged._sum.amount ?? 0,
    expenses,
  };
}

describe("budget export", () => {
  it("writes CSV for Danish Excel with the database's totals", async () => {
    const res = await pilotLedgerDownload(w.users.gtmMember, String(w.publicAdopted.id), "csv", "da");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="pilot-${w.publicAdopted.id}-budget.csv"`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder consumes the BOM itself.
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("Budget");
    expect(lines[1]).toBe(
      "Fase;Status;Planlagt start;Planlagt slut;Ansøgt (kr.);Bevilget (kr.);Tilsagn (kr.);Forbrugt (kr.);Returneret til puljen (kr.);Tilbage (kr.)",
    );
    const s = await sums(w.publicAdopted.id);
    expect(lines).toContain(
      `I alt;;;;${s.requested};${s.granted};${s.pledged};${s.spent};${s.returned};${s.remaining}`,
    );
    const expenseBlock = lines.slice(lines.indexOf("Udgifter") + 2).filter((l) => l !== "");
    expect(expenseBlock).toHaveLength(s.expenses);
    expect(expenseBlock[0]).toMatch(/^Test;\d+;\d{4}-\d{2}-\d{2};[^;]+;.*;-?\d+;\d*;.+$/);
  });

  it("writes an XLSX workbook with the same figures as numbers", async () => {
    const res = await pilotLedgerDownload(w.users.gtmMember, String(w.publicAdopted.id), "xlsx", "en");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Budget", "Pledges", "Expenses"]);
    const budget = book.getWorksheet("Budget")!;
    const total = budget.getRow(budget.rowCount);
    const s = await sums(w.publicAdopted.id);
    expect(total.getCell(1).value).toBe("Total");
    expect([5, 6, 7, 8, 9, 10].map((c) => total.getCell(c).value)).toEqual([
      s.requested,
      s.granted,
      s.pledged,
      s.spent,
      s.returned,
      s.remaining,
    ]);
    expect(budget.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(book.getWorksheet("Expenses")!.rowCount).toBe(s.expenses + 1);
  });

  it("is a 404 for a pilot the user may not see", async () => {
    for (const [user, id] of [
      [w.users.fddMember, w.gtmDraft.id],
      [null, w.aarhusRunning.id],
    ] as const) {
      for (const format of ["csv", "xlsx"] as const) {
        await expect(pilotLedgerDownload(user, String(id), format, "da")).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
  });
});
