// Lessons written or edited by the lead, also after a STOP or adoption (PRODUCT.md rule 4). The
// lessons a gate asks for — and the stop report — are written on the gate page (lib/gates/lessons.ts);
// here they can be read and edited like any other, keeping their kind and phase, because that is
// what tells the gate its lesson is there (lib/gates/owed.ts).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { lessonSchema, type LessonInput } from "./schemas";

import { lockPilot } from "../db/locks";
import { parseOrThrow } from "../validation";
import { authorizeLessons, visiblePilot } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";
const textFields = { title: true, whatWeDid: true, whatWeLearned: true, wouldDoDifferently: true, tags: true } as const;

export async function saveLesson(user: SessionUser | null, input: LessonInput) {
  requireSignedIn(user);
  const data = parseOrThrow(lessonSchema, input);
  const pilot = await visiblePilot(user, { id: data.pilotId });
  authorizeLessons(user, pilot);
  const existing = data.lessonId
    ? await prisma.lesson.findFirst({
        where: { id: data.lessonId, pilotId: pilot.id },
        select: { id: true, kind: true, ...textFields },
      })
    : null;
  if (data.lessonId && !existing) throw new AppError("NOT_FOUND", "errors.notFound");
  if (
    !existing &&
    data.phaseId &&
    !(await prisma.phase.findFirst({ where: { id: data.phaseId, pilotId: pilot.id }, select: { id: true } }))
  ) {
    throw new AppError("BAD_REQUEST", "errors.checkFields", { phaseId: "errors.notFound" });
  }
  const { title, whatWeDid, whatWeLearned, wouldDoDifferently, tags } = data;
  const fields = { title, whatWeDid, whatWeLearned, wouldDoDifferently, tags };
  return prisma.$transaction(async (tx) => {
    await lockPilot(tx, pilot.id); // serialises with the gate's own lesson writes
    const lesson = existing
      ? await tx.lesson.update({ where: { id: existing.id }, data: fields, select: { id: true, kind: true } })
      : await tx.lesson.create({
          data: { pilotId: pilot.id, phaseId: data.phaseId ?? null, kind: "LESSON", authorId: user.id, ...fields },
          select: { id: true, kind: true },
        });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Lesson",
      entityId: lesson.id,
      action: existing ? "update" : "create",
      before: existing
        ? {
            kind: existing.kind,
            title: existing.title,
            whatWeDid: existing.whatWeDid,
            whatWeLearned: existing.whatWeLearned,
            wouldDoDifferently: existing.wouldDoDifferently,
            tags: existing.tags,
          }
        : undefined,
      after: {
        pilotId: pilot.id,
        kind: lesson.kind,
        phaseId: existing ? undefined : (data.phaseId ?? null),
        ...fields,
      },
    });
    return lesson;
  });
}
