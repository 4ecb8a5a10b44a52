// Conditions of a decision are tracked until done. The secretariat, which runs the gate meetings,
// marks a condition done; the lead reports progress but does not sign off its own conditions.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";

export async function markConditionDone(user: SessionUser | null, conditionId: number) {
  requireSignedIn(user);
  const condition = await prisma.gateCondition.findFirst({
    where: { id: conditionId, decision: { review: { phase: { pilot: visiblePilotsWhere(user) } } } },
    select: {
      id: true,
      text: true,
      decision: {
        select: { id: true, review: { select: { phase: { select: { pilot: { select: { communityId: true } } } } } } },
      },
    },
  });
  if (!condition) throw new AppError("NOT_FOUND", "errors.notFound");
  const { communityId } = condition.decision.review.phase.pilot;
  authorize(user, "community.manage", { communityId });
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { doneAt: Date | null }[]
    >`SELECT "doneAt" FROM "GateCondition" WHERE id = ${conditionId} FOR UPDATE`;
    if (rows[0]?.doneAt) throw new AppError("CONFLICT", "gates.errors.conditionAlreadyDone");
    const doneAt = new Date();
    await tx.gateCondition.update({ where: { id: conditionId }, data: { doneAt, doneById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "GateCondition",
      entityId: conditionId,
      action: "done",
      before: { doneAt: null },
      after: { decisionId: condition.decision.id, text: condition.text, doneAt: doneAt.toISOString() },
    });
  });
}
