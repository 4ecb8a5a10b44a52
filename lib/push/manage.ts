// Making and revoking push targets: the KPI's own lead while the pilot runs (the same rule as entering
// a measurement by hand). Both write an audit row; the secret itself is returned once and never stored.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { can, requireSignedIn } from "../auth/permissions";
import { visibleKpi } from "../kpis/access";
import { createPushTargetSchema, type CreatePushTargetInput } from "./schemas";
import { newPushSecret } from "./secret";

import { authorizeRecording } from "../pilots/access";
import { parseOrThrow } from "../validation";
/** Enough for every platform and application feeding one KPI; a runaway script hits this, not the table. */
export const MAX_ACTIVE_TARGETS = 10;

export async function createPushTarget(user: SessionUser | null, input: CreatePushTargetInput) {
  requireSignedIn(user);
  const data = parseOrThrow(createPushTargetSchema, input);
  const { pilot } = await visibleKpi(user, data.kpiId);
  authorizeRecording(user, pilot, "recordKpi");
  return prisma.$transaction(async (tx) => {
    // The KPI's row lock serialises two submits at once, so the cap below cannot be overrun.
    await tx.$queryRaw`SELECT id FROM "Kpi" WHERE id = ${data.kpiId} FOR UPDATE`;
    const active = await tx.pushTarget.count({ where: { kpiId: data.kpiId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TARGETS)
      throw new AppError("CONFLICT", "push.errors.tooMany", undefined, { params: { max: MAX_ACTIVE_TARGETS } });
    const { secret, secretHash, prefix } = newPushSecret();
    const { kpiId, name, readingsPath, valuePath, timePath, devicePath, allowedDevices, factor } = data;
    const target = await tx.pushTarget.create({
      data: {
        kpiId,
        name,
        secretHash,
        prefix,
        readingsPath,
        valuePath,
        timePath,
        devicePath,
        allowedDevices,
        factor,
        createdById: user.id,
      },
      select: { id: true, name: true, prefix: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "PushTarget",
      entityId: target.id,
      action: "create",
      after: { kpiId, name, prefix, readingsPath, valuePath, timePath, devicePath, allowedDevices, factor },
    });
    return { secret, target };
  });
}

/** Revoking twice is harmless: the second time reports that it already was. */
export async function revokePushTarget(
  user: SessionUser | null,
  targetId: number,
): Promise<"revoked" | "alreadyRevoked"> {
  requireSignedIn(user);
  const found = await prisma.pushTarget.findUnique({ where: { id: targetId }, select: { kpiId: true } });
  if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
  const { pilot } = await visibleKpi(user, found.kpiId);
  // Revoking only stops data, so it is allowed whatever the pilot's status: to its lead (the
  // "lessons" right survives a STOP) and to the community's secretariat.
  const scope = { communityId: pilot.communityId, pilot };
  if (!can(user, "pilot.writeLessons", scope) && !can(user, "community.manage", scope))
    throw new AppError("FORBIDDEN", "errors.forbidden");
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.pushTarget.updateMany({
      where: { id: targetId, revokedAt: null },
      data: { revokedAt: now, revokedById: user.id },
    });
    if (count === 0) return "alreadyRevoked";
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "PushTarget",
      entityId: targetId,
      action: "revoke",
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return "revoked";
  });
}
