// A form that decides a gate or moves money carries a request key (lib/db/once.ts): sent again — a
// retry after an unknown outcome, a second click, twenty at once — it is answered with what the first
// request did, and the decision, expense, approval or review exists once.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { decideGate } from "../../../lib/gates/decide";
import { requestGateReview } from "../../../lib/gates/request";
import { postExpense } from "../../../lib/funding/expenses";
import { approvePilot } from "../../../lib/funding/approval";
import { AppError } from "../../../lib/errors";
import { danishDay } from "../../../lib/dates";
import { pilotAtStage, type StageCast } from "../../support/builders/stages";
import { buildStagePilot, requestInput, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;
let cast: StageCast;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 50_000_000);
  cast = {
    communityId: w.gtm,
    lead: w.users.lead,
    secretariat: w.users.secretariat,
    steering: [w.users.steering, w.users.steering2],
  };
});

const stop = (reviewId: number, requestKey?: string) => ({
  reviewId,
  outcome: "STOP" as const,
  rationale: "Sensorerne holdt ikke.",
  extraGrant: 0,
  adopterIds: [],
  conditions: [],
  requestKey,
});

async function openReview() {
  const pilot = await pilotAtStage(db.prisma, cast, "testAtGate");
  return (
    await db.prisma.gateReview.findFirstOrThrow({
      where: { status: "OPEN", phase: { pilotId: pilot.id } },
      select: { id: true },
    })
  ).id;
}

describe("a gate decision sent again with its key", () => {
  it("is answered with the decision made, not a second one and not an error", async () => {
    const reviewId = await openReview();
    const key = randomUUID();
    const first = await decideGate(w.users.steering, stop(reviewId, key));
    const again = await decideGate(w.users.steering, stop(reviewId, key));
    expect(again).toEqual(first);
    expect(await db.prisma.gateDecision.count({ where: { reviewId } })).toBe(1);
    expect(
      await db.prisma.poolEntry.count({
        where: { kind: "RETURN", phase: { gateReviews: { some: { id: reviewId } } } },
      }),
    ).toBe(1);
  });

  it("twenty at once make one decision and every press is told the same decision", async () => {
    const reviewId = await openReview();
    const key = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => decideGate(w.users.steering, stop(reviewId, key))),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ decisionId: number }>).value.decisionId));
    expect(ids.size).toBe(1);
    expect(await db.prisma.gateDecision.count({ where: { reviewId } })).toBe(1);
  });

  it("without a key, or with another's key, a second press is still told the gate was decided", async () => {
    const reviewId = await openReview();
    const key = randomUUID();
    await decideGate(w.users.steering, stop(reviewId, key));
    await expect(decideGate(w.users.steering, stop(reviewId))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(decideGate(w.users.steering2, stop(reviewId, key))).rejects.toBeInstanceOf(AppError);
    expect(await db.prisma.gateDecision.count({ where: { reviewId } })).toBe(1);
  });
});

describe("money sent again with its key", () => {
  it("posts an expense once", async () => {
    const p = await buildStagePilot(db.prisma, w, { granted: 100_000 });
    const input = {
      amount: 40_000,
      date: danishDay(),
      category: "UDSTYR" as const,
      description: "Sensorer",
      requestKey: randomUUID(),
    };
    const [a, b] = await Promise.all([
      postExpense(w.users.lead, p.phaseId, input),
      postExpense(w.users.lead, p.phaseId, input),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.prisma.expense.count({ where: { phaseId: p.phaseId } })).toBe(1);
    expect((await db.prisma.phase.findUniqueOrThrow({ where: { id: p.phaseId } })).spent).toBe(40_000);
  });

  it("approves once, and grants once from the pool", async () => {
    const pilot = await pilotAtStage(db.prisma, cast, "submitted");
    const key = randomUUID();
    const first = await approvePilot(w.users.secretariat, pilot.id, 150_000, key);
    expect(await approvePilot(w.users.secretariat, pilot.id, 150_000, key)).toEqual(first);
    expect(await db.prisma.poolEntry.count({ where: { kind: "GRANT", phaseId: pilot.phase("TEST") } })).toBe(1);
  });

  it("asks for a gate review once", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const input = { ...requestInput(p.phaseId), requestKey: randomUUID() };
    const first = await requestGateReview(w.users.lead, input);
    expect(await requestGateReview(w.users.lead, input)).toEqual(first);
    expect(await db.prisma.gateReview.count({ where: { phaseId: p.phaseId } })).toBe(1);
  });
});
