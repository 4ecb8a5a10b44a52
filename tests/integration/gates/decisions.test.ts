// The gate from request to decision on real PostgreSQL semantics, with the pool's arithmetic checked
// to the krone after every step: GO, REVISE with an extra grant, STOP with its return, ADOPT.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { writeGateLesson } from "../../../lib/gates/lessons";
import { buildStagePilot, future, requestInput, scoresFor, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 1_000_000);
});

async function pool() {
  const p = await db.prisma.pool.findUniqueOrThrow({
    where: { communityId_year: { communityId: w.gtm, year: w.year } },
  });
  const ledger = await db.prisma.poolEntry.aggregate({ where: { poolId: p.id }, _sum: { amount: true } });
  expect(ledger._sum.amount).toBe(p.balance); // the running balance always equals the ledger's sum
  return p.balance;
}

/** Request, two scorecards (quorum 2 of 3), and the review id. */
async function reviewed(phaseId: number, over: Record<string, unknown> = {}) {
  const { reviewId } = await requestGateReview(w.users.lead, requestInput(phaseId, over));
  for (const [u, s] of [
    [w.users.steering, 4],
    [w.users.steering2, 3],
  ] as const) {
    await submitScorecard(u, { reviewId, conflictOfInterest: false, scores: await scoresFor(db.prisma, w.gtm, s) });
  }
  return reviewId;
}

const phaseRow = (id: number) => db.prisma.phase.findUniqueOrThrow({ where: { id } });

describe("GO", () => {
  it("opens the next phase with its grant from the pool and returns what the closed phase did not spend", async () => {
    const p = await buildStagePilot(db.prisma, w, { granted: 200_000, spent: 150_000 });
    const start = await pool();
    const reviewId = await reviewed(p.phaseId, { requestedGrant: 380_000 });
    expect((await phaseRow(p.phaseId)).status).toBe("AWAITING_GATE");
    const r = await decideGate(w.users.steering, {
      reviewId,
      outcome: "GO",
      rationale: "Klar effekt.",
      grant: 380_000,
      extraGrant: 0,
      adopterIds: [],
      conditions: [{ text: "Kvartalsvis KPI-rapport" }],
    });
    expect(r).toMatchObject({ released: 380_000, returned: 50_000 });
    const demo = await phaseRow(p.phase("DEMONSTRATION"));
    expect(demo).toMatchObject({ status: "ACTIVE", granted: 380_000, spent: 0 });
    expect(demo.startedAt).not.toBeNull();
    expect(await phaseRow(p.phaseId)).toMatchObject({ status: "DECIDED", granted: 200_000, spent: 150_000 });
    expect(await pool()).toBe(start - 380_000 + 50_000);
    const d = await db.prisma.gateDecision.findUniqueOrThrow({ where: { reviewId }, include: { conditions: true } });
    expect(d.weightedScore).toBe(3.5);
    expect(d.conditions.map((c) => c.text)).toEqual(["Kvartalsvis KPI-rapport"]);
    expect((await db.prisma.gateReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("DECIDED");
  });

  it("is refused with the pool's balance when the pool cannot cover the grant, and nothing changes", async () => {
    const p = await buildStagePilot(db.prisma, w, { granted: 100_000, spent: 100_000 });
    const reviewId = await reviewed(p.phaseId);
    const start = await pool();
    const err = await decideGate(w.users.steering, {
      reviewId,
      outcome: "GO",
      rationale: "For dyrt",
      grant: start + 1,
      extraGrant: 0,
      adopterIds: [],
      conditions: [],
    }).catch((e) => e);
    expect(err).toMatchObject({
      code: "CONFLICT",
      messageKey: "gates.errors.poolInsufficient",
      extra: { apiCode: "pool_insufficient", details: { balance: start } },
    });
    expect(await pool()).toBe(start);
    expect(await db.prisma.gateDecision.count({ where: { reviewId } })).toBe(0);
    expect((await phaseRow(p.phaseId)).status).toBe("AWAITING_GATE");
  });
});

describe("REVISE with an extra grant, then GO", () => {
  it("keeps the phase open with a new deadline and more money, and a second review can then say go", async () => {
    const p = await buildStagePilot(db.prisma, w, { granted: 200_000, spent: 200_000 });
    const start = await pool();
    const first = await reviewed(p.phaseId);
    const deadline = future(90);
    const rev = await decideGate(w.users.steering2, {
      reviewId: first,
      outcome: "REVISE",
      rationale: "Mangler DPIA",
      extraGrant: 60_000,
      newDeadline: deadline,
      adopterIds: [],
      conditions: [{ text: "Gennemfør DPIA", dueDate: future(30) }],
    });
    expect(rev).toMatchObject({ released: 60_000, returned: 0 });
    const phase = await phaseRow(p.phaseId);
    expect(phase).toMatchObject({ status: "ACTIVE", granted: 260_000 });
    expect(phase.plannedEnd.toISOString().slice(0, 10)).toBe(deadline);
    expect(await pool()).toBe(start - 60_000);
    // The extra money is spendable; the rest goes back at the GO.
    await db.prisma.phase.update({ where: { id: p.phaseId }, data: { spent: 245_000 } });
    const second = await reviewed(p.phaseId);
    await decideGate(w.users.steering, {
      reviewId: second,
      outcome: "GO",
      rationale: "Betingelser opfyldt",
      grant: 400_000,
      extraGrant: 0,
      adopterIds: [],
      conditions: [],
    });
    expect(await pool()).toBe(start - 60_000 - 400_000 + 15_000);
    const entries = await db.prisma.poolEntry.findMany({
      where: { phaseId: { in: [p.phaseId, p.phase("DEMONSTRATION")] } },
      orderBy: { id: "asc" },
      select: { kind: true, amount: true },
    });
    expect(entries).toEqual([
      { kind: "GRANT", amount: -60_000 },
      { kind: "RETURN", amount: 15_000 },
      { kind: "GRANT", amount: -400_000 },
    ]);
  });
});

describe("STOP", () => {
  it("ends the pilot, returns the unspent grant, and asks the lead for a stop report", async () => {
    const p = await buildStagePilot(db.prisma, w, { at: "DEMONSTRATION", granted: 400_000, spent: 123_456 });
    const start = await pool();
    const reviewId = await reviewed(p.phaseId);
    const r = await decideGate(w.users.steering, {
      reviewId,
      outcome: "STOP",
      rationale: "Dræbekriteriet er udløst.",
      extraGrant: 0,
      adopterIds: [],
      conditions: [],
    });
    expect(r).toMatchObject({ released: 0, returned: 276_544 });
    expect(await pool()).toBe(start + 276_544);
    const pilot = await db.prisma.pilot.findUniqueOrThrow({ where: { id: p.id } });
    expect(pilot.status).toBe("STOPPED");
    expect(pilot.endedAt).not.toBeNull();
    expect((await phaseRow(p.phase("SCALE"))).status).toBe("PLANNED");
    // Read-only now, except the stop report.
    await expect(requestGateReview(w.users.lead, requestInput(p.phase("SCALE")))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const d = await db.prisma.gateDecision.findUniqueOrThrow({ where: { reviewId } });
    await writeGateLesson(w.users.lead, {
      decisionId: d.id,
      title: "Stoprapport",
      whatWeDid: "a",
      whatWeLearned: "b",
      wouldDoDifferently: "c",
      tags: ["IoT"],
    });
    const report = await db.prisma.lesson.findFirstOrThrow({ where: { pilotId: p.id } });
    expect(report).toMatchObject({ kind: "STOP_REPORT", phaseId: p.phaseId });
    await expect(
      writeGateLesson(w.users.lead, {
        decisionId: d.id,
        title: "Igen",
        whatWeDid: "a",
        whatWeLearned: "b",
        wouldDoDifferently: "c",
        tags: [],
      }),
    ).rejects.toMatchObject({ messageKey: "gates.errors.lessonExists" });
  });
});

describe("ADOPT", () => {
  it("only after scale-up: records the recommendation and the adopting organisations", async () => {
    const test = await buildStagePilot(db.prisma, w);
    const early = await reviewed(test.phaseId);
    await expect(
      decideGate(w.users.steering, {
        reviewId: early,
        outcome: "ADOPT",
        rationale: "r",
        procurementRecommendation: "x",
        extraGrant: 0,
        adopterIds: [await w.org("struer")],
        conditions: [],
      }),
    ).rejects.toMatchObject({ messageKey: "gates.refusal.adoptOnlyAfterScale" });
    const p = await buildStagePilot(db.prisma, w, { at: "SCALE", granted: 600_000, spent: 600_000 });
    const reviewId = await reviewed(p.phaseId);
    await expect(
      decideGate(w.users.steering, {
        reviewId,
        outcome: "GO",
        rationale: "r",
        grant: 1,
        extraGrant: 0,
        adopterIds: [],
        conditions: [],
      }),
    ).rejects.toMatchObject({ messageKey: "gates.refusal.goAfterScale" });
    const adopters = [await w.org("struer"), await w.org("herning")];
    await expect(
      decideGate(w.users.steering, {
        reviewId,
        outcome: "ADOPT",
        rationale: "r",
        procurementRecommendation: "x",
        extraGrant: 0,
        adopterIds: [await w.org("roskilde")],
        conditions: [],
      }),
    ).rejects.toMatchObject({ fields: { adopters: "gates.errors.adopterNotMember" } });
    await decideGate(w.users.steering, {
      reviewId,
      outcome: "ADOPT",
      rationale: "I drift",
      procurementRecommendation: "Fælles udbud via SKI",
      extraGrant: 0,
      adopterIds: adopters,
      conditions: [],
    });
    const d = await db.prisma.gateDecision.findUniqueOrThrow({ where: { reviewId }, include: { adopters: true } });
    expect(d.procurementRecommendation).toBe("Fælles udbud via SKI");
    expect(d.adopters.map((a) => a.organisationId).sort()).toEqual(adopters.sort());
    expect((await db.prisma.pilot.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("ADOPTED");
  });
});

describe("quorum, conflicts and immutability", () => {
  it("needs a majority of the steering group, counts a conflict as an abstention, and bars the conflicted from deciding", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
    const go = {
      reviewId,
      outcome: "GO" as const,
      rationale: "r",
      grant: 400_000,
      extraGrant: 0,
      adopterIds: [],
      conditions: [],
    };
    await submitScorecard(w.users.steering, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 4),
    });
    await expect(decideGate(w.users.steering, go)).rejects.toMatchObject({
      messageKey: "gates.errors.noQuorum",
      extra: { params: { submitted: 1, needed: 2, members: 3 } },
    });
    await submitScorecard(w.users.steering3, { reviewId, conflictOfInterest: true, scores: [] });
    await expect(decideGate(w.users.steering3, go)).rejects.toMatchObject({
      messageKey: "gates.errors.conflictedDecider",
    });
    await expect(
      submitScorecard(w.users.steering3, {
        reviewId,
        conflictOfInterest: false,
        scores: await scoresFor(db.prisma, w.gtm, 5),
      }),
    ).rejects.toMatchObject({ messageKey: "gates.errors.alreadyScored" });
    await decideGate(w.users.steering2, go);
    await expect(decideGate(w.users.steering, { ...go, outcome: "STOP" })).rejects.toMatchObject({
      messageKey: "gates.errors.alreadyDecided.GO",
      extra: { params: { by: w.users.steering2.name } },
    });
    await expect(
      submitScorecard(w.users.steering2, {
        reviewId,
        conflictOfInterest: false,
        scores: await scoresFor(db.prisma, w.gtm, 5),
      }),
    ).rejects.toMatchObject({ messageKey: "gates.errors.reviewClosed" });
  });

  it("a GO is refused while the next phase is not planned", async () => {
    const p = await buildStagePilot(db.prisma, w, { plan: [] });
    const reviewId = await reviewed(p.phaseId);
    await expect(
      decideGate(w.users.steering, {
        reviewId,
        outcome: "GO",
        rationale: "r",
        grant: 1,
        extraGrant: 0,
        adopterIds: [],
        conditions: [],
      }),
    ).rejects.toMatchObject({ messageKey: "gates.refusal.nextPhaseMissing" });
  });

  it("the lead must answer every success and kill criterion, and cannot ask twice", async () => {
    const p = await buildStagePilot(db.prisma, w);
    await expect(requestGateReview(w.users.lead, requestInput(p.phaseId, { kill: [] }))).rejects.toMatchObject({
      fields: { kill_1_triggered: "gates.errors.choose" },
    });
    await requestGateReview(w.users.lead, requestInput(p.phaseId));
    await expect(requestGateReview(w.users.lead, requestInput(p.phaseId))).rejects.toMatchObject({
      messageKey: "gates.refusal.reviewOpen",
    });
  });
});
