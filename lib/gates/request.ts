// The lead asks for a gate review at the end of a phase: evidence against every success and kill
// criterion, and — for a GO — the plan and grant asked for the next phase. The phase then awaits
// its gate (ACTIVE → AWAITING_GATE) until the steering group decides.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";
import type { PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import { buildEvidence, riskEvidence } from "./evidence";
import { requestReviewSchema, type RequestReviewInput } from "./schemas";
import { NEXT_KIND, requestReview } from "./state";
import { refused } from "./access";
import { notifyReviewRequested } from "../notifications/notify";

import { lockPhase, lockPilot, MONEY_TX } from "../db/locks";
import { parseOrThrow } from "../validation";
import { kickOutbox } from "../notifications/outbox";
import { earlierAnswer, rememberAnswer } from "../db/once";
export async function requestGateReview(user: SessionUser | null, input: RequestReviewInput) {
  requireSignedIn(user);
  const data = parseOrThrow(requestReviewSchema, input);
  const phase = await prisma.phase.findFirst({
    where: { id: data.phaseId, pilot: visiblePilotsWhere(user) },
    select: {
      id: true,
      kind: true,
      pilotId: true,
      successCriteria: true,
      killCriteria: true,
      pilot: { select: { communityId: true, projectLeadId: true, status: true } },
    },
  });
  if (!phase) throw new AppError("NOT_FOUND", "errors.notFound");
  const { communityId } = phase.pilot;
  authorize(user, "pilot.edit", { communityId, pilot: { ...phase.pilot, communityId } });
  const { entries, problems } = buildEvidence(phase.successCriteria, phase.killCriteria, data);
  if (Object.keys(problems).length) throw new AppError("BAD_REQUEST", "errors.checkFields", problems);

  const nextKind = NEXT_KIND[phase.kind];
  const result = await prisma.$transaction(async (tx) => {
    // Pilot, then phase: the order every money transaction locks in, so none waits on another in a cycle.
    const pilot = await lockPilot(tx, phase.pilotId);
    const locked = await lockPhase(tx, phase.id);
    const earlier = await earlierAnswer<{ reviewId: number }>(tx, data.requestKey, user.id, "requestGateReview");
    if (earlier) return earlier;
    const next = nextKind
      ? await tx.phase.findUnique({
          where: { pilotId_kind: { pilotId: phase.pilotId, kind: nextKind } },
          select: { status: true, requestedGrant: true },
        })
      : null;
    const step = requestReview({
      pilot: pilot.status as PilotStatus,
      phase: locked.status as PhaseStatus,
      kind: phase.kind,
      next: next?.status ?? null,
    });
    if (!step.ok) throw refused(step.reason);
    // No next phase (after scale-up) means no grant to ask for; otherwise the plan's figure is the default.
    const requestedGrant = nextKind ? (data.requestedGrant ?? next?.requestedGrant ?? null) : null;
    // The open high risks, read under the pilot's lock, go into the review as it is frozen (decision 0026).
    const risks = await tx.risk.findMany({
      where: { pilotId: phase.pilotId, status: "OPEN" },
      select: { description: true, probability: true, consequence: true, owner: true, mitigation: true },
    });
    const review = await tx.gateReview.create({
      data: {
        phaseId: phase.id,
        evidenceSummary: data.evidenceSummary,
        criteriaEvidence: [...entries, ...riskEvidence(risks)],
        nextPhasePlan: nextKind ? (data.nextPhasePlan ?? null) : null,
        requestedGrant,
        dueDate: new Date(`${data.dueDate}T00:00:00Z`),
        requestedById: user.id,
      },
      select: { id: true },
    });
    await tx.phase.update({ where: { id: phase.id }, data: { status: "AWAITING_GATE", version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "GateReview",
      entityId: review.id,
      action: "request",
      before: { phaseStatus: locked.status },
      after: {
        phaseId: phase.id,
        phaseKind: phase.kind,
        phaseStatus: "AWAITING_GATE",
        dueDate: data.dueDate,
        requestedGrant,
        granted: locked.granted,
        spent: locked.spent,
      },
    });
    // In the same transaction: a request that rolls back calls on nobody.
    await notifyReviewRequested(tx, {
      reviewId: review.id,
      phaseId: phase.id,
      pilotId: phase.pilotId,
      communityId,
      actorId: user.id,
    });
    await rememberAnswer(tx, data.requestKey, user.id, "requestGateReview", { reviewId: review.id });
    return { reviewId: review.id };
  }, MONEY_TX);
  kickOutbox(); // after the commit, in the background: a mail server that is down never fails the request
  return result;
}
