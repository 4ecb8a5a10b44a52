// What /piloter/[id]/erfaringer and the pilot page show: every lesson of the pilot, stop reports
// first (why it stopped is what others look for), then newest first; and, for the lead, the gate
// decisions still waiting for their lesson (the rule is lib/gates/owed.ts, not repeated here).
import "server-only";
import { prisma } from "../db";
import { visiblePilotsWhere } from "../pilots/visibility";
import { inTrackOrder } from "../pilots/phase-track";
import { owedDecisions } from "../gates/owed";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { pilotOffers } from "../pilots/offers";
import { pilotHeadSelect } from "../pilots/selects";
import { lessonTextSelect } from "./selects";

export const lessonSelect = {
  id: true,
  ...lessonTextSelect,
  author: { select: { name: true } },
  phase: { select: { kind: true } },
} satisfies Prisma.LessonSelect;

export type LessonRow = Prisma.LessonGetPayload<{ select: typeof lessonSelect }>;

const order = [
  { kind: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.LessonOrderByWithRelationInput[];

export async function getLessons(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      ...pilotHeadSelect,
      phases: { select: { id: true, kind: true, status: true } },
      lessons: { select: { ...lessonSelect, phaseId: true }, orderBy: order },
    },
  });
  if (!pilot) return null;
  const canWrite = pilotOffers(user, pilot).pilot("writeLesson");
  const decisions = canWrite
    ? await prisma.gateDecision.findMany({
        where: { review: { phase: { pilotId } } },
        select: {
          id: true,
          outcome: true,
          decidedAt: true,
          review: { select: { phaseId: true, requestedAt: true, phase: { select: { kind: true } } } },
        },
        orderBy: { decidedAt: "asc" },
      })
    : [];
  const owed = owedDecisions(decisions, pilot.lessons).map((d) => ({
    decisionId: d.id,
    outcome: d.outcome,
    decidedAt: d.decidedAt,
    phaseKind: d.review.phase.kind,
  }));
  return { ...pilot, phases: inTrackOrder(pilot.phases), canWrite, owed };
}

export type LessonsPage = NonNullable<Awaited<ReturnType<typeof getLessons>>>;
