// The engine's hard limits under concurrent load, on real PostgreSQL: with TEST_DATABASE_URL (CI)
// the posts run on a pool of server connections, truly at once.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { postExpense } from "../../../lib/funding/expenses";
import { approvePilot } from "../../../lib/funding/approval";
import { AppError } from "../../../lib/errors";
import { seedWorld, type World } from "../admin/fixtures";
import { buildPilot, fundPool } from "./builders";

import { budgetYear } from "../../../lib/dates";
let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

describe("spent ≤ granted under 120 concurrent expense posts", () => {
  it("accepts exactly what fits, refuses the rest with the remaining amount, and loses nothing", async () => {
    const grant = 250_000;
    const pilot = await buildPilot(db.prisma, { communityId: w.gtm, lead: w.users.lead, testGranted: grant });
    const phaseId = pilot.phases[0].id;
    const amounts = Array.from({ length: 120 }, (_, i) => 1_000 + ((i * 7_919) % 4_000)); // ≈ 360.000 kr. asked for
    const results = await Promise.allSettled(
      amounts.map((amount, i) =>
        postExpense(w.users.lead, phaseId, {
          amount,
          date: "2026-03-01",
          category: "UDSTYR",
          description: `Sensor ${i}`,
        }),
      ),
    );
    const accepted = results.flatMap((r, i) => (r.status === "fulfilled" ? [amounts[i]] : []));
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect((r.reason as AppError).extra.apiCode).toBe("grant_exceeded");
    }
    expect(refused.length).toBeGreaterThan(0);
    const phase = await db.prisma.phase.findUniqueOrThrow({ where: { id: phaseId } });
    const sum = await db.prisma.expense.aggregate({ where: { phaseId }, _sum: { amount: true }, _count: true });
    const acceptedTotal = accepted.reduce((a, b) => a + b, 0);
    expect(phase.spent).toBeLessThanOrEqual(grant);
    expect(phase.spent).toBe(acceptedTotal);
    expect(sum._sum.amount).toBe(acceptedTotal);
    expect(sum._count).toBe(accepted.length);
    // What was refused really did not fit when it was tried: the smallest ask exceeds what is left.
    expect(grant - acceptedTotal).toBeLessThan(Math.max(...amounts));
  }, 120_000);
});

describe("pool ≥ 0 under concurrent approvals", () => {
  it("grants exactly as many test phases as the pool can pay for", async () => {
    const year = budgetYear();
    await fundPool(db.prisma, w.fdd, year, 1_000_000);
    const lead = await db.prisma.user.findFirstOrThrow({
      where: { email: "lead@aarhus.example" },
      select: { id: true },
    });
    await db.prisma.roleAssignment.create({ data: { userId: lead.id, communityId: w.fdd, role: "PROJECT_LEAD" } });
    const pilots = await Promise.all(
      Array.from({ length: 25 }, () =>
        buildPilot(db.prisma, { communityId: w.fdd, lead: w.users.lead, status: "SUBMITTED" }),
      ),
    );
    const sek = await db.prisma.user.findFirstOrThrow({ where: { email: "sek@gate21.example" }, select: { id: true } });
    expect(sek.id).toBe(w.users.otherSecretariat.id);
    const results = await Promise.allSettled(pilots.map((p) => approvePilot(w.users.otherSecretariat, p.id, 150_000)));
    const approved = results.filter((r) => r.status === "fulfilled").length;
    expect(approved).toBe(6); // 6 × 150.000 = 900.000 ≤ 1.000.000 < 7 × 150.000
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as AppError).messageKey).toBe("funding.poolInsufficient");
    const pool = await db.prisma.pool.findUniqueOrThrow({ where: { communityId_year: { communityId: w.fdd, year } } });
    const ledger = await db.prisma.poolEntry.aggregate({ where: { poolId: pool.id }, _sum: { amount: true } });
    expect(pool.balance).toBe(100_000);
    expect(ledger._sum.amount).toBe(pool.balance);
    expect(await db.prisma.pilot.count({ where: { communityId: w.fdd, status: "ACTIVE" } })).toBe(6);
  }, 120_000);
});
