// Phase plans: dates, the grant asked for, and the success and kill criteria — written before a
// phase starts and locked once it has (PRODUCT.md: criteria are set in advance, not fitted to the
// results afterwards). A later phase may be planned ahead, in order, but only approval or a GO
// decision releases money or starts it; nothing here touches `granted` or `status`.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { PhaseKind } from "../generated/prisma/enums";
import { assertAllowed, lockPilotFor, pilotForAuthoring } from "./access";
import { phaseAuditSelect, phaseSnapshot } from "./snapshot";
import type { PhasePlanInput } from "./schemas";

import { dateColumn } from "../dates";
import { requireSignedIn } from "../auth/permissions";
/** The phase each kind follows; TEST is planned with the pilot itself. */
export const PREVIOUS: Record<PhaseKind, PhaseKind | null> = {
  TEST: null,
  DEMONSTRATION: "TEST",
  SCALE: "DEMONSTRATION",
};

function planData(input: PhasePlanInput) {
  return {
    plannedStart: dateColumn(input.plannedStart),
    plannedEnd: dateColumn(input.plannedEnd),
    requestedGrant: input.requestedGrant,
    successCriteria: input.successCriteria,
    killCriteria: input.killCriteria,
  };
}

export async function planPhase(user: SessionUser | null, pilotId: number, kind: PhaseKind, input: PhasePlanInput) {
  requireSignedIn(user);
  const pilot = await pilotForAuthoring(user, pilotId);
  return prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilotId, "planPhase");
    const kinds = new Set((await tx.phase.findMany({ where: { pilotId }, select: { kind: true } })).map((p) => p.kind));
    if (kinds.has(kind)) throw new AppError("CONFLICT", "pilots.phases.alreadyPlanned");
    const previous = PREVIOUS[kind];
    if (previous && !kinds.has(previous)) throw new AppError("CONFLICT", "pilots.phases.outOfOrder");
    const phase = await tx.phase.create({
      data: { pilotId, kind, ...planData(input) },
      select: { id: true, ...phaseAuditSelect },
    });
    const { id, ...row } = phase;
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Phase",
      entityId: id,
      action: "plan",
      after: phaseSnapshot(row),
    });
    return { id };
  });
}

/** Edits a planned phase if nobody saved it since the form was opened (`version`). */
export async function updatePhasePlan(
  user: SessionUser | null,
  phaseId: number,
  input: PhasePlanInput,
  version: number,
) {
  requireSignedIn(user);
  // The phase is found through its pilot, so the pilot's visibility and edit right decide (404/403).
  const owner = await prisma.phase.findUnique({ where: { id: phaseId }, select: { pilotId: true } });
  if (!owner) throw new AppError("NOT_FOUND", "errors.notFound");
  const pilot = await pilotForAuthoring(user, owner.pilotId);
  return prisma.$transaction(async (tx) => {
    const lockedPilot = await lockPilotFor(tx, pilot.id, "planPhase");
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Phase" WHERE id = ${phaseId} FOR UPDATE`;
    if (rows.length === 0) throw new AppError("NOT_FOUND", "errors.notFound");
    const before = await tx.phase.findUniqueOrThrow({ where: { id: phaseId }, select: phaseAuditSelect });
    assertAllowed(lockedPilot.status, "planPhase", {
      status: before.status,
      refused: { message: "pilots.phases.locked" },
    });
    if (before.version !== version) throw new AppError("CONFLICT", "pilots.errors.stale");
    const after = await tx.phase.update({
      where: { id: phaseId },
      data: { ...planData(input), version: { increment: 1 } },
      select: phaseAuditSelect,
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Phase",
      entityId: phaseId,
      action: "update",
      before: phaseSnapshot(before),
      after: phaseSnapshot(after),
    });
    return { version: after.version };
  });
}
