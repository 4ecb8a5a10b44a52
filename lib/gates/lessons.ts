// Every gate leaves a lesson (issue 6): after the decision the lead is asked for the lesson learned
// at that gate — for a STOP, the stop report. The lead writes it, not the decider, because the lead
// knows what was tried; until it exists the gate page and the secretariat's overview ask for it.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { gateLessonSchema, type GateLessonInput } from "./schemas";

import { lockPilot } from "../db/locks";
import { parseOrThrow } from "../validation";
type Db = Pick<Prisma.TransactionClient, "lesson">;
type DecisionRef = { outcome: string; review: { phaseId: number; requestedAt: Date; phase: { pilotId: number } } };

/** The lesson that answers a decision: on its phase, written since the review was asked for (owed.ts). */
export function lessonForDecision(db: Db, d: DecisionRef) {
  return db.lesson.findFirst({
    where: {
      pilotId: d.review.phase.pilotId,
      phaseId: d.review.phaseId,
      createdAt: { gte: d.review.requestedAt },
      ...(d.outcome === "STOP" ? { kind: "STOP_REPORT" as const } : {}),
    },
    select: { id: true, title: true, kind: true },
  });
}

export async function writeGateLesson(user: SessionUser | null, input: GateLessonInput) {
  requireSignedIn(user);
  const data = parseOrThrow(gateLessonSchema, input);
  const decision = await prisma.gateDecision.findFirst({
    where: { id: data.decisionId, review: { phase: { pilot: visiblePilotsWhere(user) } } },
    select: {
      id: true,
      outcome: true,
      review: {
        select: {
          phaseId: true,
          requestedAt: true,
          phase: {
            select: { pilotId: true, pilot: { select: { communityId: true, projectLeadId: true, status: true } } },
          },
        },
      },
    },
  });
  if (!decision) throw new AppError("NOT_FOUND", "errors.notFound");
  const { pilot, pilotId } = decision.review.phase;
  authorize(user, "pilot.writeLessons", { communityId: pilot.communityId, pilot });
  const kind = decision.outcome === "STOP" ? "STOP_REPORT" : "LESSON";
  return prisma.$transaction(async (tx) => {
    await lockPilot(tx, pilotId); // two submits of the same form must not both write
    if (await lessonForDecision(tx, decision)) throw new AppError("CONFLICT", "gates.errors.lessonExists");
    const lesson = await tx.lesson.create({
      data: {
        pilotId,
        phaseId: decision.review.phaseId,
        kind,
        title: data.title,
        whatWeDid: data.whatWeDid,
        whatWeLearned: data.whatWeLearned,
        wouldDoDifferently: data.wouldDoDifferently,
        tags: data.tags,
        authorId: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Lesson",
      entityId: lesson.id,
      action: kind === "STOP_REPORT" ? "stop-report" : "gate-lesson",
      after: { decisionId: decision.id, kind, title: data.title, tags: data.tags },
    });
    return { lessonId: lesson.id };
  });
}
