// GET /api/v1/communities: public facts about each data community, for anyone (no login).
import "server-only";
import { prisma } from "../db";
import type { CommunityItem } from "./contract/reference";
import { communityFactsSelect } from "../communities/queries";

export async function listCommunitiesForApi(): Promise<CommunityItem[]> {
  const rows = await prisma.community.findMany({
    select: {
      ...communityFactsSelect,
      secretariatOrg: { select: { name: true } },
      _count: { select: { members: { where: { status: "ACTIVE" } } } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ secretariatOrg, _count, ...c }) => ({
    ...c,
    secretariat: secretariatOrg.name,
    memberCount: _count.members,
  }));
}
