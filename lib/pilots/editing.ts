// What the authoring pages read: the communities a user may create pilots in, their member
// organisations, and a pilot with its phase plans for the edit and phase pages. Visibility first,
// always (a pilot the user may not see reads as null → 404); the pages ask `can` for the rest.
import "server-only";
import { prisma } from "../db";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { visiblePilotsWhere } from "./visibility";

import { isoDay } from "../dates";
import { communityIdsWhere } from "../auth/permissions";
import { phasePlanSelect, pilotTextSelect } from "./selects";
/** Communities where the user is a project lead, i.e. may create pilots. */
export async function creatableCommunities(user: SessionUser) {
  return prisma.community.findMany({
    where: { id: communityIdsWhere(user, "pilot.create") },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Active member organisations of a community: the choices for lead organisation and participants. */
export async function memberOrganisations(communityId: number) {
  const rows = await prisma.communityMember.findMany({
    where: { communityId, status: "ACTIVE" },
    select: { organisation: { select: { id: true, name: true, kind: true } } },
  });
  return rows.map((r) => r.organisation).sort((a, b) => a.name.localeCompare(b.name, "da"));
}

export const editablePilotSelect = {
  id: true,
  communityId: true,
  community: { select: { slug: true, name: true } },
  ...pilotTextSelect,
  leadOrganisationId: true,
  projectLeadId: true,
  status: true,
  visibility: true,
  reviewComment: true,
  version: true,
  participants: { select: { organisationId: true } },
  phases: { select: { ...phasePlanSelect, successCriteria: true, killCriteria: true, version: true } },
} satisfies Prisma.PilotSelect;

const ORDER = { TEST: 0, DEMONSTRATION: 1, SCALE: 2 } as const;

export async function getPilotForEditing(user: SessionUser, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: editablePilotSelect,
  });
  if (!pilot) return null;
  const { participants, phases, ...rest } = pilot;
  return {
    ...rest,
    participantIds: participants.map((p) => p.organisationId),
    phases: phases
      .sort((a, b) => ORDER[a.kind] - ORDER[b.kind])
      .map((p) => ({ ...p, plannedStart: isoDay(p.plannedStart), plannedEnd: isoDay(p.plannedEnd) })),
    canEdit: can(user, "pilot.edit", { communityId: pilot.communityId, pilot }),
  };
}

export type EditablePilot = NonNullable<Awaited<ReturnType<typeof getPilotForEditing>>>;
export type EditablePhase = EditablePilot["phases"][number];
