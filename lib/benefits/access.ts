// Who may write a pilot's benefits: its lead and its community's secretariat define profiles, owners
// and targets; an organisation's benefit owner records that organisation's realised values too. Only
// while the lifecycle's spread stage allows it (lib/lifecycle.ts), asked again under the pilot's lock.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Actor } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { lockPilot } from "../db/locks";
import { spreadAllows, spreadStage } from "../lifecycle";
import { visiblePilotsWhere } from "../pilots/visibility";
import { canManageSites } from "../sites/rules";

type Tx = Prisma.TransactionClient;

const pilotSelect = {
  id: true,
  communityId: true,
  projectLeadId: true,
  status: true,
  phases: { select: { kind: true, status: true } },
} satisfies Prisma.PilotSelect;
export type BenefitPilot = Prisma.PilotGetPayload<{ select: typeof pilotSelect }>;

/** Profiles, owners and targets: the lead and the secretariat, like the pilot's sites and operations. */
export const mayPlanBenefits = (user: Actor | null, pilot: BenefitPilot) => canManageSites(user, pilot);

export async function visibleBenefitPilot(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: pilotSelect,
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  return pilot;
}

/** A profile whose pilot the user may see, or 404. */
export async function visibleProfile(user: SessionUser | null, profileId: number) {
  const profile = await prisma.benefitProfile.findFirst({
    where: { id: profileId, pilot: visiblePilotsWhere(user) },
    select: {
      id: true,
      kind: true,
      unit: true,
      frequency: true,
      createdAt: true,
      pilot: { select: pilotSelect },
      owners: { select: { organisationId: true, userId: true } },
    },
  });
  if (!profile) throw new AppError("NOT_FOUND", "errors.notFound");
  return profile;
}

/** Locks the pilot and refuses benefit work the stage no longer (or not yet) allows. */
export async function lockForBenefits(tx: Tx, pilotId: number) {
  const row = await lockPilot(tx, pilotId);
  const phases = await tx.phase.findMany({ where: { pilotId }, select: { kind: true, status: true } });
  if (!row || !spreadAllows(spreadStage(row.status, phases), "recordBenefit"))
    throw new AppError("CONFLICT", "benefits.errors.notYet");
  return row;
}

export function stageAllowsBenefits(pilot: BenefitPilot) {
  return spreadAllows(spreadStage(pilot.status, pilot.phases), "recordBenefit");
}
