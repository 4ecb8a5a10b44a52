// The risk register's one write: add a risk, or review one (any field, its status, the review day).
// The pilot's own lead, while the lifecycle allows "recordRisk" (asked again under the pilot's row
// lock); an edit saves only if nobody saved the risk since the form was opened (`version`).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { lockPilotFor, pilotForAuthoring } from "../pilots/access";
import { parseOrThrow } from "../validation";
import { riskSchema } from "./schemas";
import { riskFieldsSelect } from "./queries";

/** A register longer than this is a script gone wrong, not a pilot's risks. */
export const MAX_RISKS = 200;

export async function saveRisk(user: SessionUser | null, raw: unknown) {
  const input = parseOrThrow(riskSchema, raw);
  const pilot = await pilotForAuthoring(user, input.pilotId);
  const { pilotId, riskId, version, reviewedAt, ...fields } = input;
  const data = { ...fields, mitigation: fields.mitigation ?? "", reviewedAt: new Date(`${reviewedAt}T00:00:00Z`) };
  return prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilotId, "recordRisk");
    if (riskId === undefined) {
      if ((await tx.risk.count({ where: { pilotId } })) >= MAX_RISKS)
        throw new AppError("CONFLICT", "risks.errors.tooMany", undefined, { params: { max: MAX_RISKS } });
      const risk = await tx.risk.create({ data: { ...data, pilotId, createdById: user!.id }, select: { id: true } });
      await recordAudit(tx, {
        actorId: user!.id,
        communityId: pilot.communityId,
        entity: "Risk",
        entityId: risk.id,
        action: "create",
        after: { pilotId, ...fields, reviewedAt },
      });
      return risk;
    }
    const before = await tx.risk.findFirst({
      where: { id: riskId, pilotId },
      select: riskFieldsSelect,
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    const { count } = await tx.risk.updateMany({
      where: { id: riskId, pilotId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "risks.errors.stale");
    await recordAudit(tx, {
      actorId: user!.id,
      communityId: pilot.communityId,
      entity: "Risk",
      entityId: riskId,
      action: "update",
      before: { pilotId, ...before, reviewedAt: before.reviewedAt.toISOString().slice(0, 10) },
      after: { pilotId, ...fields, reviewedAt },
    });
    return { id: riskId };
  });
}
