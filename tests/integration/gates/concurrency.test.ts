// Exactly once, under load. With TEST_DATABASE_URL the calls run on a pool of server connections,
// truly at once; the cross-process test then also starts separate Node processes — separate app
// instances with their own connection pools — that press "decide" on the same review together.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AppError } from "../../../lib/errors";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { buildStagePilot, requestInput, scoresFor, seedGateWorld, type GateWorld } from "./fixtures";
import { runInstances } from "./instances";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 2_000_000);
});

async function poolBalance() {
  const p = await db.prisma.pool.findUniqueOrThrow({
    where: { communityId_year: { communityId: w.gtm, year: w.year } },
  });
  const ledger = await db.prisma.poolEntry.aggregate({ where: { poolId: p.id }, _sum: { amount: true } });
  expect(ledger._sum.amount).toBe(p.balance);
  return p.balance;
}

async function scoredReview(spent = 0) {
  const p = await buildStagePilot(db.prisma, w, { granted: 200_000, spent });
  const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
  await submitScorecard(w.users.steering, {
    reviewId,
    conflictOfInterest: false,
    scores: await scoresFor(db.prisma, w.gtm, 4),
  });
  await submitScorecard(w.users.steering2, {
    reviewId,
    conflictOfInterest: false,
    scores: await scoresFor(db.prisma, w.gtm, 4),
  });
  return { ...p, reviewId };
}

const input = (reviewId: number, outcome: "GO" | "STOP") => ({
  reviewId,
  outcome,
  rationale: `${outcome}!`,
  grant: outcome === "GO" ? 300_000 : undefined,
  extraGrant: 0,
  adopterIds: [],
  conditions: [],
});

describe("two deciders at once", () => {
  it("24 concurrent GO and STOP presses on one review: one decision, one release, the rest told what was decided", async () => {
    const r = await scoredReview(50_000);
    const start = await poolBalance();
    const deciders = [w.users.steering, w.users.steering2, w.users.steering3, w.users.admin];
    const presses = Array.from({ length: 24 }, (_, i) =>
      decideGate(deciders[i % 4], input(r.reviewId, i % 2 ? "STOP" : "GO")),
    );
    const results = await Promise.allSettled(presses);
    const won = results.filter((x) => x.status === "fulfilled");
    expect(won).toHaveLength(1);
    const decision = await db.prisma.gateDecision.findUniqueOrThrow({
      where: { reviewId: r.reviewId },
      include: { decidedBy: true },
    });
    for (const x of results) {
      if (x.status === "fulfilled") continue;
      expect(x.reason).toBeInstanceOf(AppError);
      expect((x.reason as AppError).messageKey).toBe(`gates.errors.alreadyDecided.${decision.outcome}`);
      expect((x.reason as AppError).extra.params?.by).toBe(decision.decidedBy.name);
    }
    expect(await db.prisma.gateDecision.count({ where: { reviewId: r.reviewId } })).toBe(1);
    const entries = await db.prisma.poolEntry.findMany({
      where: { phaseId: { in: [r.phaseId, r.phase("DEMONSTRATION")] } },
      select: { kind: true, amount: true },
    });
    // Returned 150.000 once; a GO also granted 300.000 once.
    const expected =
      decision.outcome === "GO"
        ? [
            { kind: "RETURN", amount: 150_000 },
            { kind: "GRANT", amount: -300_000 },
          ]
        : [{ kind: "RETURN", amount: 150_000 }];
    expect(entries).toEqual(expect.arrayContaining(expected));
    expect(entries).toHaveLength(expected.length);
    expect(await poolBalance()).toBe(start + 150_000 - (decision.outcome === "GO" ? 300_000 : 0));
    expect(await db.prisma.auditEvent.count({ where: { entity: "GateDecision", entityId: String(decision.id) } })).toBe(
      1,
    );
  }, 120_000);

  it("the pool never goes below zero when many GO decisions compete for it", async () => {
    const reviews = await Promise.all(Array.from({ length: 10 }, () => scoredReview(200_000)));
    const start = await poolBalance();
    const results = await Promise.allSettled(reviews.map((r) => decideGate(w.users.steering, input(r.reviewId, "GO"))));
    const granted = results.filter((x) => x.status === "fulfilled").length;
    expect(granted).toBe(Math.min(10, Math.floor(start / 300_000)));
    for (const x of results)
      if (x.status === "rejected") expect((x.reason as AppError).messageKey).toBe("gates.errors.poolInsufficient");
    expect(await poolBalance()).toBe(start - granted * 300_000);
    expect(
      await db.prisma.phase.count({
        where: { id: { in: reviews.map((r) => r.phase("DEMONSTRATION")) }, status: "ACTIVE" },
      }),
    ).toBe(granted);
  }, 120_000);

  it.runIf(!!process.env.TEST_DATABASE_URL)(
    "separate app instances (processes) deciding together: one decision, one tranche",
    async () => {
      const r = await scoredReview(0);
      const pool = await db.prisma.pool.update({
        where: { communityId_year: { communityId: w.gtm, year: w.year } },
        data: { balance: { increment: 1_000_000 } },
      });
      await db.prisma.poolEntry.create({ data: { poolId: pool.id, kind: "CONTRIBUTION", amount: 1_000_000 } }); // the test above emptied it
      const start = await poolBalance();
      const [{ name }] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      const outcomes = await runInstances(
        url.toString(),
        [w.users.steering.id, w.users.steering2.id, w.users.steering3.id, w.users.admin.id],
        input(r.reviewId, "GO"),
        3,
      );
      expect(
        outcomes.filter((o) => o.ok),
        JSON.stringify(outcomes),
      ).toHaveLength(1);
      for (const o of outcomes.filter((x) => !x.ok)) expect(o.messageKey).toBe("gates.errors.alreadyDecided.GO");
      expect(outcomes).toHaveLength(12);
      expect(await db.prisma.gateDecision.count({ where: { reviewId: r.reviewId } })).toBe(1);
      expect(await db.prisma.poolEntry.count({ where: { phaseId: r.phase("DEMONSTRATION"), kind: "GRANT" } })).toBe(1);
      expect(await poolBalance()).toBe(start - 300_000 + 200_000); // the test phase spent nothing: all of it returns
    },
    120_000,
  );
});
