// Decisions are immutable in the database itself (migration 20261126233000_gates): no code path,
// and nobody with a SQL prompt, can edit or delete a decision, a scorecard, a score or an adopter;
// a decided review stays as decided; a condition is only ever marked done, once.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { markConditionDone } from "../../../lib/gates/conditions";
import { buildStagePilot, future, requestInput, scoresFor, seedGateWorld, type GateWorld } from "./fixtures";

let db: Database;
let w: GateWorld;
let ids: { decision: number; review: number; card: number; condition: number };

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma);
  const p = await buildStagePilot(db.prisma, w);
  const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
  const { scorecardId } = await submitScorecard(w.users.steering, {
    reviewId,
    conflictOfInterest: false,
    scores: await scoresFor(db.prisma, w.gtm, 4),
  });
  await submitScorecard(w.users.steering2, {
    reviewId,
    conflictOfInterest: false,
    scores: await scoresFor(db.prisma, w.gtm, 2),
  });
  const { decisionId } = await decideGate(w.users.steering, {
    reviewId,
    outcome: "REVISE",
    rationale: "Mangler DPIA",
    newDeadline: future(30),
    conditions: [{ text: "Gennemfør DPIA" }],
  });
  const condition = await db.prisma.gateCondition.findFirstOrThrow({ where: { decisionId } });
  ids = { decision: decisionId, review: reviewId, card: scorecardId, condition: condition.id };
});

const refused = /immutable|cannot change|only be marked done/;

describe("the database refuses", () => {
  it("to edit or delete a decision, a scorecard or a score", async () => {
    const p = db.prisma;
    await expect(
      p.$executeRaw`UPDATE "GateDecision" SET outcome = 'GO', "releasedAmount" = 1 WHERE id = ${ids.decision}`,
    ).rejects.toThrow(refused);
    await expect(p.$executeRaw`DELETE FROM "GateDecision" WHERE id = ${ids.decision}`).rejects.toThrow(refused);
    await expect(
      p.$executeRaw`UPDATE "GateScorecard" SET "conflictOfInterest" = true WHERE id = ${ids.card}`,
    ).rejects.toThrow(refused);
    await expect(p.$executeRaw`UPDATE "GateScore" SET score = 5 WHERE "scorecardId" = ${ids.card}`).rejects.toThrow(
      refused,
    );
    await expect(p.$executeRaw`DELETE FROM "GateScore" WHERE "scorecardId" = ${ids.card}`).rejects.toThrow(refused);
    expect((await p.gateDecision.findUniqueOrThrow({ where: { id: ids.decision } })).outcome).toBe("REVISE");
  });

  it("to reopen or rewrite a decided review", async () => {
    await expect(
      db.prisma.$executeRaw`UPDATE "GateReview" SET status = 'OPEN' WHERE id = ${ids.review}`,
    ).rejects.toThrow(refused);
    await expect(
      db.prisma.$executeRaw`UPDATE "GateReview" SET "evidenceSummary" = 'Bedre' WHERE id = ${ids.review}`,
    ).rejects.toThrow(refused);
    await expect(db.prisma.$executeRaw`DELETE FROM "GateReview" WHERE id = ${ids.review}`).rejects.toThrow(refused);
  });

  it("to reword a condition, or mark it done twice, but lets it be marked done once", async () => {
    await expect(
      db.prisma.$executeRaw`UPDATE "GateCondition" SET text = 'Noget lettere' WHERE id = ${ids.condition}`,
    ).rejects.toThrow(refused);
    await markConditionDone(w.users.secretariat, ids.condition);
    await expect(
      db.prisma.$executeRaw`UPDATE "GateCondition" SET "doneAt" = now() WHERE id = ${ids.condition}`,
    ).rejects.toThrow(refused);
    await expect(
      db.prisma.$executeRaw`UPDATE "GateCondition" SET "doneAt" = NULL WHERE id = ${ids.condition}`,
    ).rejects.toThrow(refused);
    await expect(markConditionDone(w.users.secretariat, ids.condition)).rejects.toMatchObject({
      messageKey: "gates.errors.conditionAlreadyDone",
    });
  });
});
