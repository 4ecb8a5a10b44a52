import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";

export async function listCommunities(user: SessionUser | null) {
  const visible = visiblePilotsWhere(user);
  const communities = await prisma.community.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      secretariatOrg: { select: { name: true } },
      _count: { select: { members: { where: { status: "ACTIVE" } }, pilots: { where: visible } } },
    },
    orderBy: { name: "asc" },
  });
  return communities;
}

const memberSelect = {
  isDemo: true,
  organisation: { select: { id: true, name: true, kind: true, population: true, region: { select: { name: true } } } },
} satisfies Prisma.CommunityMemberSelect;

/** The facts about a community that anyone may read: on its page and in the API. */
export const communityFactsSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  website: true,
} satisfies Prisma.CommunitySelect;

/** A community's public page: anyone may read its description and members. */
export async function getCommunityPage(slug: string, user: SessionUser | null) {
  const community = await prisma.community.findUnique({
    where: { slug },
    select: {
      ...communityFactsSelect,
      secretariatOrg: { select: { id: true, name: true } },
      members: { where: { status: "ACTIVE" }, select: memberSelect },
    },
  });
  if (!community) return null;
  const pilotsByStatus = await prisma.pilot.groupBy({
    by: ["status"],
    where: { AND: [visiblePilotsWhere(user), { communityId: community.id }] },
    _count: { _all: true },
  });
  const kindOrder = ["KOMMUNE", "REGION", "UNIVERSITET", "SEKRETARIAT", "ANDET"];
  community.members.sort(
    (a, b) =>
      kindOrder.indexOf(a.organisation.kind) - kindOrder.indexOf(b.organisation.kind) ||
      a.organisation.name.localeCompare(b.organisation.name, "da"),
  );
  return { ...community, pilotsByStatus: Object.fromEntries(pilotsByStatus.map((g) => [g.status, g._count._all])) };
}
