// Project leads write pilots: create a draft (with its test phase planned as an empty shell), edit
// it under optimistic locking, and submit it to the secretariat. Every change is one transaction
// with exactly one audit row holding the pilot before and after.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { checkOrganisations, lockPilotFor, pilotForAuthoring } from "./access";
import { pilotSnapshot } from "./snapshot";
import { pilotData, type CreatePilotInput, type PilotInput } from "./schemas";
import type { Prisma } from "../generated/prisma/client";

/** A first guess the lead replaces on the phase page: next month's first day, for six months. */
function defaultTestDates(now = new Date()) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 0));
  return { plannedStart: start, plannedEnd: end };
}

export async function createPilot(user: SessionUser | null, input: CreatePilotInput) {
  requireSignedIn(user);
  authorize(user, "pilot.create", { communityId: input.communityId });
  return prisma.$transaction((tx) => draftPilot(tx, { actorId: user.id, projectLeadId: user.id }, input));
}

/**
 * The draft itself, inside the caller's transaction: createPilot above (the lead writes their own), and
 * an idea turned into a pilot (lib/challenges/convert.ts: the secretariat names the lead, who must hold
 * the project lead role in the community; the caller checks that). Same organisations rule, same audit.
 */
export async function draftPilot(
  tx: Prisma.TransactionClient,
  who: { actorId: number; projectLeadId: number },
  input: CreatePilotInput & { challengeId?: number },
) {
  const orgIds = await checkOrganisations(tx, input.communityId, input.leadOrganisationId, input.participantIds);
  const pilot = await tx.pilot.create({
    data: {
      ...pilotData(input),
      communityId: input.communityId,
      projectLeadId: who.projectLeadId,
      challengeId: input.challengeId ?? null,
      status: "DRAFT",
      participants: { create: orgIds.map((organisationId) => ({ organisationId })) },
      // Empty criteria on purpose: submitPilot refuses until the lead has written them.
      phases: { create: { kind: "TEST", ...defaultTestDates(), successCriteria: "", killCriteria: "" } },
    },
    select: { id: true },
  });
  const after = await pilotSnapshot(tx, pilot.id);
  await recordAudit(tx, {
    actorId: who.actorId,
    communityId: input.communityId,
    entity: "Pilot",
    entityId: pilot.id,
    action: "create",
    after,
  });
  return pilot;
}

/** The one audit row of a pilot change: the pilot before, and as the change left it (returned). */
async function auditPilotChange(
  tx: Prisma.TransactionClient,
  actorId: number,
  communityId: number,
  pilotId: number,
  action: "update" | "submit",
  before: Awaited<ReturnType<typeof pilotSnapshot>>,
) {
  const after = await pilotSnapshot(tx, pilotId);
  await recordAudit(tx, { actorId, communityId, entity: "Pilot", entityId: pilotId, action, before, after });
  return after;
}

/**
 * Saves the lead's edit if nobody saved since the form was opened (`version`); otherwise CONFLICT,
 * and the form keeps what the user typed. Participants with pledges cannot be dropped: their money
 * is already part of a phase's co-funding.
 */
export async function updatePilot(user: SessionUser | null, pilotId: number, input: PilotInput, version: number) {
  requireSignedIn(user);
  const pilot = await pilotForAuthoring(user, pilotId);
  return prisma.$transaction(async (tx) => {
    const locked = await lockPilotFor(tx, pilotId, "edit");
    if (locked.version !== version) throw new AppError("CONFLICT", "pilots.errors.stale");
    const orgIds = await checkOrganisations(tx, pilot.communityId, input.leadOrganisationId, input.participantIds);
    const before = await pilotSnapshot(tx, pilotId);
    const dropped = before.participantIds.filter((id) => !orgIds.includes(id));
    if (dropped.length) {
      const pledged = await tx.pledge.findFirst({
        where: { phase: { pilotId }, organisationId: { in: dropped }, amount: { gt: 0 } },
        select: { organisation: { select: { name: true } } },
      });
      if (pledged)
        throw new AppError(
          "CONFLICT",
          "errors.checkFields",
          { participantIds: "pilots.errors.participantHasPledges" },
          { params: { name: pledged.organisation.name } },
        );
      await tx.pilotParticipant.deleteMany({ where: { pilotId, organisationId: { in: dropped } } });
    }
    const added = orgIds.filter((id) => !before.participantIds.includes(id));
    if (added.length)
      await tx.pilotParticipant.createMany({ data: added.map((organisationId) => ({ pilotId, organisationId })) });
    await tx.pilot.update({ where: { id: pilotId }, data: { ...pilotData(input), version: { increment: 1 } } });
    const after = await auditPilotChange(tx, user.id, pilot.communityId, pilotId, "update", before);
    return { version: after.version };
  });
}

/** DRAFT → SUBMITTED, once the test phase says what success and failure look like and what it costs. */
export async function submitPilot(user: SessionUser | null, pilotId: number) {
  requireSignedIn(user);
  const pilot = await pilotForAuthoring(user, pilotId);
  return prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilotId, "submit");
    const test = await tx.phase.findUnique({
      where: { pilotId_kind: { pilotId, kind: "TEST" } },
      select: { requestedGrant: true, successCriteria: true, killCriteria: true },
    });
    if (!test || !test.successCriteria.trim() || !test.killCriteria.trim() || test.requestedGrant <= 0) {
      throw new AppError("CONFLICT", "pilots.errors.testPhaseIncomplete");
    }
    const before = await pilotSnapshot(tx, pilotId);
    // The secretariat's earlier comment stays on the row, so the reviewer can see what was asked for.
    await tx.pilot.update({ where: { id: pilotId }, data: { status: "SUBMITTED", version: { increment: 1 } } });
    await auditPilotChange(tx, user.id, pilot.communityId, pilotId, "submit", before);
  });
}
