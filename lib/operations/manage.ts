// An organisation's operation of an adopted or committed solution ("I drift"): status, go-live,
// owner, yearly running cost and its OS2iot application. One row per pilot and organisation; each
// save is audited with what it was before.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import { requireSignedIn } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { dateColumn, isoDay } from "../dates";
import { lockPilot } from "../db/locks";
import { spreadAllows, spreadStage } from "../lifecycle";
import { visiblePilotsWhere } from "../pilots/visibility";
import { siteOrganisations } from "../sites/manage";
import { parseOrThrow } from "../validation";
import { canRecordOperation } from "./rules";
import { operationSchema, type OperationInput } from "./schemas";

export async function saveOperation(user: SessionUser | null, input: OperationInput) {
  requireSignedIn(user);
  const data = parseOrThrow(operationSchema, input);
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: data.pilotId }, visiblePilotsWhere(user)] },
    select: {
      id: true,
      communityId: true,
      projectLeadId: true,
      status: true,
      phases: { select: { kind: true, status: true } },
    },
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!canRecordOperation(user, pilot)) {
    if (!canRecordOperation(user, { ...pilot, status: "ADOPTED" })) throw new AppError("FORBIDDEN", "errors.forbidden");
    throw new AppError("CONFLICT", "operations.errors.notYet");
  }
  if (!(await siteOrganisations(pilot.id)).some((o) => o.id === data.organisationId)) {
    throw new AppError("BAD_REQUEST", "errors.checkFields", {
      organisationId: "operations.errors.organisationNotTakingPart",
    });
  }
  return prisma.$transaction(async (tx) => {
    const row = await lockPilot(tx, pilot.id);
    const phases = await tx.phase.findMany({ where: { pilotId: pilot.id }, select: { kind: true, status: true } });
    if (!spreadAllows(spreadStage(row.status, phases), "recordOperation"))
      throw new AppError("CONFLICT", "operations.errors.notYet");
    const { pilotId, organisationId, goLiveOn, ...rest } = data;
    const fields = { ...rest, goLiveOn: goLiveOn ? dateColumn(goLiveOn) : null, updatedById: user.id };
    const before = await tx.operation.findUnique({
      where: { pilotId_organisationId: { pilotId, organisationId } },
      select: { status: true, goLiveOn: true, yearlyCost: true, ownerUnit: true },
    });
    const saved = await tx.operation.upsert({
      where: { pilotId_organisationId: { pilotId, organisationId } },
      create: { pilotId, organisationId, ...fields },
      update: { ...fields, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Operation",
      entityId: saved.id,
      action: before ? "update" : "create",
      before: before ? { ...before, goLiveOn: before.goLiveOn ? isoDay(before.goLiveOn) : null } : undefined,
      after: { pilotId, organisationId, ...rest, goLiveOn },
    });
    return saved;
  });
}
