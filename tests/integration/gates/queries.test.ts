// What each person is shown: scores of an open review only to steering members who have scored
// (withheld from the data, not just the page), the queues, the secretariat's overview, the memo.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { writeGateLesson } from "../../../lib/gates/lessons";
import { getGatePage } from "../../../lib/gates/queries/page";
import { getDecisionMemo } from "../../../lib/gates/queries/memo";
import { steeringQueue } from "../../../lib/gates/queries/queue";
import { gateOverview } from "../../../lib/gates/queries/overview";
import { buildStagePilot, future, requestInput, scoresFor, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma);
});

describe("an open review", () => {
  it("shows the scores only to steering members who have scored", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
    await submitScorecard(w.users.steering, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 4),
    });
    await submitScorecard(w.users.steering3, { reviewId, conflictOfInterest: true, scores: [] });
    const view = async (u: GateWorld["users"][keyof GateWorld["users"]]) => (await getGatePage(u, p.id))!.open!;

    const scorer = await view(w.users.steering);
    expect(scorer.scores?.weighted).toBe(4);
    expect(scorer.viewer).toEqual({ canScore: false, submitted: true, conflicted: false });
    for (const u of [
      w.users.steering2,
      w.users.steering3,
      w.users.lead,
      w.users.secretariat,
      w.users.member,
      w.users.otherSteering,
      w.users.admin,
    ]) {
      expect((await view(u)).scores, u.email).toBeNull();
    }
    expect((await view(w.users.steering2)).viewer.canScore).toBe(true);
    expect((await view(w.users.steering3)).viewer).toEqual({ canScore: false, submitted: true, conflicted: true });
    expect((await view(w.users.admin)).viewer.canScore).toBe(false); // a platform admin has no vote
    expect((await view(w.users.lead)).members.map((m) => m.state).sort()).toEqual(["conflict", "scored", "waiting"]);
    expect((await view(w.users.lead)).quorum).toMatchObject({ members: 3, needed: 2, submitted: 2, reached: true });
    expect((await getGatePage(w.users.lead, p.id))!.canDecide).toBe(false);
    expect((await getGatePage(w.users.steering2, p.id))!.outcomes).toEqual(["GO", "REVISE", "STOP"]);
    expect(await getGatePage(null, p.id)).toBeNull(); // members only: a visitor sees nothing at all
  });
});

describe("queues", () => {
  it("sort a steering member's reviews into awaiting my score, ready to decide, and waiting for others", async () => {
    const a = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(a.phaseId, { dueDate: future(3) }));
    const ids = (items: { reviewId: number }[]) => items.map((i) => i.reviewId);
    expect(ids((await steeringQueue(w.users.steering2))!.awaitingMe)).toContain(reviewId);
    await submitScorecard(w.users.steering2, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 3),
    });
    expect(ids((await steeringQueue(w.users.steering2))!.waitingForOthers)).toContain(reviewId);
    await submitScorecard(w.users.steering, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 3),
    });
    expect(ids((await steeringQueue(w.users.steering2))!.readyToDecide)).toContain(reviewId);
    expect(await steeringQueue(w.users.lead)).toBeNull();
    expect(await steeringQueue(w.users.otherSteering)).toEqual({
      awaitingMe: [],
      readyToDecide: [],
      waitingForOthers: [],
    });
  });

  it("give the secretariat overdue phases, open conditions and the lessons still owed", async () => {
    const late = await buildStagePilot(db.prisma, w);
    await db.prisma.phase.update({
      where: { id: late.phaseId },
      data: { plannedEnd: new Date("2020-01-01T00:00:00Z") },
    });
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
    for (const u of [w.users.steering, w.users.steering2])
      await submitScorecard(u, { reviewId, conflictOfInterest: false, scores: await scoresFor(db.prisma, w.gtm, 2) });
    const { decisionId } = await decideGate(w.users.steering, {
      reviewId,
      outcome: "REVISE",
      rationale: "Mangler DPIA",
      newDeadline: future(40),
      conditions: [{ text: "Gennemfør DPIA", dueDate: future(10) }],
    });

    const o = await gateOverview(w.users.secretariat, w.gtm);
    expect(o.overduePhases.map((x) => x.id)).toContain(late.phaseId);
    expect(o.conditions.map((c) => c.text)).toContain("Gennemfør DPIA");
    expect(o.owed.map((d) => d.id)).toContain(decisionId);
    expect(o.pool.balance).toBeGreaterThan(0);
    await writeGateLesson(w.users.lead, {
      decisionId,
      title: "DPIA først",
      whatWeDid: "a",
      whatWeLearned: "b",
      wouldDoDifferently: "c",
      tags: ["DPIA"],
    });
    expect((await gateOverview(w.users.secretariat, w.gtm)).owed.map((d) => d.id)).not.toContain(decisionId);

    const memo = (await getDecisionMemo(w.users.member, decisionId))!;
    expect(memo.outcome).toBe("REVISE");
    expect(memo.table.cards.map((c) => c.name).sort()).toEqual([w.users.steering.name, w.users.steering2.name].sort());
    expect(memo.table.weighted).toBe(2);
    expect(await getDecisionMemo(null, decisionId)).toBeNull();
    expect((await getGatePage(w.users.lead, p.id))!.decided.map((r) => r.decision.id)).toContain(decisionId);
  });
});
