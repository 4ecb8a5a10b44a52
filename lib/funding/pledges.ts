// Pledges (tilsagn): each participating organisation's share of a phase's co-funding, split by a
// key into whole kroner that sum exactly to the total; editable until the phase starts.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import { assertAllowed, lockPilotFor } from "../pilots/access";
import type { SessionUser } from "../auth/session";
import type { SplitKey } from "./split";
import { splitOrExplain } from "./pool";

import { lockPhase, MONEY_TX } from "../db/locks";
export type PledgeInput = { total: number; splitKey: SplitKey; custom?: Record<number, number> };

/** The organisations that co-fund a pilot: its lead organisation and its participants. */
export async function pledgingOrganisations(pilotId: number) {
  const pilot = await prisma.pilot.findUniqueOrThrow({
    where: { id: pilotId },
    select: {
      leadOrganisation: { select: { id: true, name: true, population: true } },
      participants: { select: { organisation: { select: { id: true, name: true, population: true } } } },
    },
  });
  const all = [pilot.leadOrganisation, ...pilot.participants.map((p) => p.organisation)];
  return [...new Map(all.map((o) => [o.id, o])).values()];
}

export async function setPledges(user: SessionUser | null, phaseId: number, input: PledgeInput) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const phase = await prisma.phase.findFirst({
    where: { id: phaseId, pilot: visiblePilotsWhere(user) },
    select: { id: true, pilotId: true, pilot: { select: { communityId: true, projectLeadId: true, status: true } } },
  });
  if (!phase) throw new AppError("NOT_FOUND", "errors.notFound");
  authorize(user, "pilot.edit", {
    communityId: phase.pilot.communityId,
    pilot: { ...phase.pilot, communityId: phase.pilot.communityId },
  });
  const orgs = await pledgingOrganisations(phase.pilotId);
  const shares = splitOrExplain(
    input.total,
    input.splitKey,
    orgs.map((o) => ({ organisationId: o.id, population: o.population, customAmount: input.custom?.[o.id] ?? 0 })),
  );
  return prisma.$transaction(async (tx) => {
    // Pilot before phase, the order every money transaction locks in: a submit cannot slip in between.
    const pilotRow = await lockPilotFor(tx, phase.pilotId, "planPhase");
    const locked = await lockPhase(tx, phaseId);
    assertAllowed(pilotRow.status, "planPhase", {
      status: locked.status,
      refused: { message: "funding.pledgesLocked" },
    });
    const before = await tx.pledge.findMany({
      where: { phaseId },
      select: { organisationId: true, amount: true },
      orderBy: { organisationId: "asc" },
    });
    await tx.pledge.deleteMany({ where: { phaseId } });
    await tx.pledge.createMany({
      data: shares.map((s) => ({ phaseId, organisationId: s.organisationId, amount: s.amount })),
    });
    await tx.phase.update({
      where: { id: phaseId },
      data: { cofundingTotal: input.total, splitKey: input.splitKey, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: phase.pilot.communityId,
      entity: "Phase",
      entityId: phaseId,
      action: "pledges",
      before: { cofundingTotal: locked.cofundingTotal, pledges: before },
      after: { cofundingTotal: input.total, splitKey: input.splitKey, pledges: shares },
    });
    return shares;
  }, MONEY_TX);
}

/** The pledges page: the phase (404 if not visible), its pledges and the organisations that pay. */
export async function phasePledges(user: SessionUser | null, pilotId: number, phaseId: number) {
  const phase = await prisma.phase.findFirst({
    where: { id: phaseId, pilotId, pilot: visiblePilotsWhere(user) },
    select: {
      id: true,
      kind: true,
      status: true,
      cofundingTotal: true,
      splitKey: true,
      pilot: { select: { id: true, title: true, communityId: true, projectLeadId: true, status: true } },
      pledges: {
        select: { amount: true, organisation: { select: { id: true, name: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
  if (!phase) return null;
  return { ...phase, organisations: await pledgingOrganisations(pilotId) };
}
