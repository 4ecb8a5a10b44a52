// Adding and removing a pilot's sites, each with an audit row. The organisation must be one of the
// pilot's own: its lead organisation, a participant, an adopter named at an ADOPT decision, or an
// organisation committed later through a spread offer (`siteOrganisations`).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { addSiteSchema, type AddSiteInput } from "./schemas";
import { canManageSites } from "./rules";

import { requireSignedIn } from "../auth/permissions";
import { visiblePilot } from "../pilots/access";
import { parseOrThrow } from "../validation";
import { lockPilot } from "../db/locks";
/** Enough for a sensor network across six municipalities; a runaway script hits this, not the table. */
export const MAX_SITES = 500;

/** The organisations a site of this pilot may belong to, by name, for the form's choices. */
export async function siteOrganisations(pilotId: number) {
  const pilot = await prisma.pilot.findUniqueOrThrow({
    where: { id: pilotId },
    select: {
      leadOrganisation: { select: { id: true, name: true } },
      participants: { select: { organisation: { select: { id: true, name: true } } } },
      phases: {
        select: {
          gateReviews: {
            select: {
              decision: { select: { adopters: { select: { organisation: { select: { id: true, name: true } } } } } },
            },
          },
        },
      },
      // Organisations that joined later through a spread offer and are committed (lib/spread).
      spreadOffers: {
        select: {
          participants: {
            where: { status: "COMMITTED" },
            select: { organisation: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  const all = [
    pilot.leadOrganisation,
    ...pilot.participants.map((p) => p.organisation),
    ...pilot.phases.flatMap((ph) =>
      ph.gateReviews.flatMap((r) => r.decision?.adopters.map((a) => a.organisation) ?? []),
    ),
    ...pilot.spreadOffers.flatMap((o) => o.participants.map((p) => p.organisation)),
  ];
  return [...new Map(all.map((o) => [o.id, o])).values()].sort((a, b) => a.name.localeCompare(b.name, "da"));
}

async function manageablePilot(user: SessionUser, pilotId: number) {
  const pilot = await visiblePilot(user, { id: pilotId });
  if (!canManageSites(user, pilot))
    throw new AppError(
      pilot.status === "STOPPED" ? "CONFLICT" : "FORBIDDEN",
      pilot.status === "STOPPED" ? "results.errors.pilotEnded" : "sites.errors.forbidden",
    );
  return pilot;
}

export async function addSite(user: SessionUser | null, input: AddSiteInput) {
  requireSignedIn(user);
  const data = parseOrThrow(addSiteSchema, input);
  const pilot = await manageablePilot(user, data.pilotId);
  if (!(await siteOrganisations(pilot.id)).some((o) => o.id === data.organisationId)) {
    throw new AppError("BAD_REQUEST", "errors.checkFields", { organisationId: "sites.errors.organisationRequired" });
  }
  return prisma.$transaction(async (tx) => {
    await lockPilot(tx, pilot.id);
    if ((await tx.pilotSite.count({ where: { pilotId: pilot.id } })) >= MAX_SITES)
      throw new AppError("CONFLICT", "sites.errors.tooMany", undefined, { params: { max: MAX_SITES } });
    const site = await tx.pilotSite.create({ data: { ...data, createdById: user.id }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "PilotSite",
      entityId: site.id,
      action: "create",
      after: { ...data },
    });
    return site;
  });
}

export async function removeSite(user: SessionUser | null, siteId: number) {
  requireSignedIn(user);
  const site = await prisma.pilotSite.findUnique({
    where: { id: siteId },
    select: {
      id: true,
      pilotId: true,
      organisationId: true,
      label: true,
      address: true,
      longitude: true,
      latitude: true,
    },
  });
  if (!site) throw new AppError("NOT_FOUND", "errors.notFound");
  const pilot = await manageablePilot(user, site.pilotId);
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.pilotSite.deleteMany({ where: { id: site.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "errors.notFound"); // removed by another submit meanwhile
    const { id, ...before } = site;
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "PilotSite",
      entityId: id,
      action: "delete",
      before,
    });
  });
}
