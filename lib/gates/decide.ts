// The gate decision, exactly once. The review row is locked first, so a second decider — on any app
// instance — waits, then finds the review decided and is told what was decided, by whom and when;
// the unique reviewId on GateDecision backs this up in the database itself. Everything a decision
// changes (review, phases, pilot, pool ledger, conditions, adopters, one audit row) commits together.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import { decisionSchema, type DecisionInput } from "./schemas";
import { NEXT_KIND, decide } from "./state";
import { quorum, weightedScore } from "./scoring";
import { moveDecisionMoney } from "./money";
import { alreadyDecided, isUniqueViolation } from "./decided";
import { lockReview, mayDecide, refused, steeringCount, visibleReview } from "./access";
import { notifyDecisionMade } from "../notifications/notify";

import { lockPhase, lockPilot, MONEY_TX } from "../db/locks";
import { parseOrThrow } from "../validation";
import { requireSignedIn } from "../auth/permissions";
import { kickOutbox } from "../notifications/outbox";
import { earlierAnswer, rememberAnswer } from "../db/once";
import { commitAtScaleUpGo } from "../spread/commit";
export type DecisionResult = {
  decisionId: number;
  outcome: DecisionInput["outcome"];
  released: number;
  returned: number;
};

export async function decideGate(user: SessionUser | null, input: DecisionInput) {
  requireSignedIn(user);
  const data = parseOrThrow(decisionSchema, input);
  const review = await visibleReview(user, data.reviewId);
  const { pilot, kind } = review.phase;
  if (!mayDecide(user, pilot.communityId)) throw new AppError("FORBIDDEN", "errors.forbidden");

  try {
    const result = await prisma.$transaction(async (tx) => {
      // Lock order: review → pilot → phase → next phase → pool. Nothing else locks a review, and
      // expenses, pledges and approvals lock the rest in the same order, so no cycle can form.
      const locked = await lockReview(tx, review.id);
      // The same form sent again (a retry after an unknown outcome, a second click): its first answer.
      const earlier = await earlierAnswer<DecisionResult>(tx, data.requestKey, user.id, "decideGate");
      if (earlier) return earlier;
      if (locked.status !== "OPEN") throw await alreadyDecided(tx, review.id);
      const pilotRow = await lockPilot(tx, pilot.id);
      const phase = await lockPhase(tx, review.phaseId);
      const nextKind = NEXT_KIND[kind];
      const nextRow = nextKind
        ? await tx.phase.findUnique({
            where: { pilotId_kind: { pilotId: pilot.id, kind: nextKind } },
            select: { id: true, kind: true },
          })
        : null;
      const next = nextRow ? await lockPhase(tx, nextRow.id) : null;
      const before = {
        pilot: pilotRow.status as PilotStatus,
        phase: phase.status as PhaseStatus,
        kind,
        next: (next?.status ?? null) as PhaseStatus | null,
      };
      const step = decide(before, data.outcome);
      if (!step.ok) throw refused(step.reason);

      const cards = await tx.gateScorecard.findMany({
        where: { reviewId: review.id },
        select: {
          userId: true,
          conflictOfInterest: true,
          scores: { select: { criterionId: true, score: true, weight: true } },
        },
      });
      if (cards.some((c) => c.userId === user.id && c.conflictOfInterest))
        throw new AppError("FORBIDDEN", "gates.errors.conflictedDecider");
      const community = await tx.community.findUniqueOrThrow({
        where: { id: pilot.communityId },
        select: { quorumPercent: true },
      });
      const q = quorum(await steeringCount(tx, pilot.communityId), community.quorumPercent, cards);
      if (!q.reached)
        throw new AppError("CONFLICT", "gates.errors.noQuorum", undefined, {
          params: { submitted: q.submitted, needed: q.needed, members: q.members },
          apiCode: "no_quorum",
        });
      if (data.outcome === "ADOPT") {
        const members = await tx.communityMember.count({
          where: { communityId: pilot.communityId, status: "ACTIVE", organisationId: { in: data.adopterIds } },
        });
        if (members !== data.adopterIds.length)
          throw new AppError("BAD_REQUEST", "errors.checkFields", { adopters: "gates.errors.adopterNotMember" });
      }

      const money = await moveDecisionMoney(tx, {
        communityId: pilot.communityId,
        outcome: data.outcome,
        userId: user.id,
        pilotTitle: pilot.title,
        phase: { id: phase.id, kind, granted: phase.granted, spent: phase.spent },
        next: nextRow,
        release: data.outcome === "GO" ? data.grant! : data.extraGrant,
      });
      const score = weightedScore(cards);
      const now = new Date();
      const decision = await tx.gateDecision.create({
        data: {
          reviewId: review.id,
          outcome: data.outcome,
          rationale: data.rationale,
          releasedAmount: money.released,
          returnedAmount: money.returned,
          newDeadline: data.newDeadline ? new Date(`${data.newDeadline}T00:00:00Z`) : null,
          procurementRecommendation: data.procurementRecommendation ?? null,
          weightedScore: score,
          decidedById: user.id,
          decidedAt: now,
          conditions: {
            create: data.conditions.map((c) => ({
              text: c.text,
              dueDate: c.dueDate ? new Date(`${c.dueDate}T00:00:00Z`) : null,
            })),
          },
          adopters: { create: data.adopterIds.map((organisationId) => ({ organisationId })) },
        },
        select: { id: true },
      });
      await tx.gateReview.update({ where: { id: review.id }, data: { status: "DECIDED" } });
      const to = step.to;
      await tx.phase.update({
        where: { id: phase.id },
        data: {
          status: to.phase,
          version: { increment: 1 },
          ...(to.phase === "DECIDED" ? { decidedAt: now } : {}),
          ...(data.outcome === "REVISE"
            ? { plannedEnd: new Date(`${data.newDeadline}T00:00:00Z`), granted: { increment: money.released } }
            : {}),
        },
      });
      if (data.outcome === "GO" && nextRow) {
        await tx.phase.update({
          where: { id: nextRow.id },
          data: { status: "ACTIVE", granted: money.released, startedAt: now, version: { increment: 1 } },
        });
        // The GO that opens the scale-up makes the open spread offer's interests binding, once, here.
        if (nextRow.kind === "SCALE")
          await commitAtScaleUpGo(tx, {
            pilotId: pilot.id,
            communityId: pilot.communityId,
            scalePhaseId: nextRow.id,
            decisionId: decision.id,
            actorId: user.id,
          });
      }
      const ended = to.pilot !== before.pilot;
      await tx.pilot.update({
        where: { id: pilot.id },
        data: { status: to.pilot, version: { increment: 1 }, ...(ended ? { endedAt: now } : {}) },
      });
      await recordAudit(tx, {
        actorId: user.id,
        communityId: pilot.communityId,
        entity: "GateDecision",
        entityId: decision.id,
        action: "decide",
        before: {
          reviewId: review.id,
          pilotStatus: before.pilot,
          phaseStatus: before.phase,
          granted: phase.granted,
          spent: phase.spent,
          poolBalance: money.poolBefore,
        },
        after: {
          outcome: data.outcome,
          pilotStatus: to.pilot,
          phaseStatus: to.phase,
          releasedAmount: money.released,
          returnedAmount: money.returned,
          poolBalance: money.poolAfter,
          poolYear: money.year,
          weightedScore: score,
          quorum: { submitted: q.submitted, needed: q.needed, members: q.members },
          conditions: data.conditions.length,
        },
      });
      // In the same transaction: a decision that rolls back tells nobody it was made.
      await notifyDecisionMade(tx, {
        decisionId: decision.id,
        reviewId: review.id,
        phaseId: phase.id,
        pilotId: pilot.id,
        communityId: pilot.communityId,
        projectLeadId: pilot.projectLeadId,
        actorId: user.id,
      });
      const result: DecisionResult = {
        decisionId: decision.id,
        outcome: data.outcome,
        released: money.released,
        returned: money.returned,
      };
      await rememberAnswer(tx, data.requestKey, user.id, "decideGate", result);
      return result;
    }, MONEY_TX);
    kickOutbox(); // after the commit, in the background: a mail server that is down never fails the decision
    return result;
  } catch (err) {
    // Only reachable if the lock were ever bypassed: the database's unique reviewId has the last word.
    if (isUniqueViolation(err)) throw await alreadyDecided(prisma, review.id);
    throw err;
  }
}
