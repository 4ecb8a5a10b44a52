// Benefit profiles, their owners and targets per organisation and year (gevinstrealiseringsplan).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import { requireSignedIn } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { siteOrganisations } from "../sites/manage";
import { parseOrThrow } from "../validation";
import { lockForBenefits, mayPlanBenefits, stageAllowsBenefits, visibleBenefitPilot, visibleProfile } from "./access";
import { ownerSchema, profileSchema, type OwnerInput, type ProfileInput } from "./schemas";

function mayPlan(user: SessionUser, pilot: Awaited<ReturnType<typeof visibleBenefitPilot>>) {
  if (!mayPlanBenefits(user, pilot)) throw new AppError("FORBIDDEN", "errors.forbidden");
  if (!stageAllowsBenefits(pilot)) throw new AppError("CONFLICT", "benefits.errors.notYet");
}

export async function createProfile(user: SessionUser | null, input: ProfileInput) {
  requireSignedIn(user);
  const data = parseOrThrow(profileSchema, input);
  const pilot = await visibleBenefitPilot(user, data.pilotId);
  mayPlan(user, pilot);
  return prisma.$transaction(async (tx) => {
    await lockForBenefits(tx, pilot.id);
    const profile = await tx.benefitProfile.create({ data: { ...data, createdById: user.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "BenefitProfile",
      entityId: profile.id,
      action: "create",
      after: data,
    });
    return profile;
  });
}

/** An organisation's owner and its targets, replacing what was there (the targets are a plan, not a ledger). */
export async function saveOwner(user: SessionUser | null, input: OwnerInput) {
  requireSignedIn(user);
  const data = parseOrThrow(ownerSchema, input);
  const profile = await visibleProfile(user, data.profileId);
  mayPlan(user, profile.pilot);
  if (!(await siteOrganisations(profile.pilot.id)).some((o) => o.id === data.organisationId))
    throw new AppError("BAD_REQUEST", "errors.checkFields", {
      organisationId: "operations.errors.organisationNotTakingPart",
    });
  const owner = await prisma.user.findFirst({
    where: { email: data.ownerEmail, organisationId: data.organisationId, deactivatedAt: null },
    select: { id: true },
  });
  if (!owner) throw new AppError("BAD_REQUEST", "errors.checkFields", { ownerEmail: "benefits.errors.ownerUnknown" });
  return prisma.$transaction(async (tx) => {
    await lockForBenefits(tx, profile.pilot.id);
    const key = { profileId: profile.id, organisationId: data.organisationId };
    const before = await tx.benefitTarget.findMany({
      where: key,
      select: { year: true, pessimistic: true, likely: true, optimistic: true },
      orderBy: { year: "asc" },
    });
    await tx.benefitOwner.upsert({
      where: { profileId_organisationId: key },
      create: { ...key, userId: owner.id },
      update: { userId: owner.id },
    });
    await tx.benefitTarget.deleteMany({ where: key });
    await tx.benefitTarget.createMany({ data: data.targets.map((t) => ({ ...key, ...t })) });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: profile.pilot.communityId,
      entity: "BenefitProfile",
      entityId: profile.id,
      action: "owner",
      before: { targets: before },
      after: { organisationId: data.organisationId, ownerId: owner.id, targets: data.targets },
    });
  });
}
