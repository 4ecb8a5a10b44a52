// The secretariat's home: per community it runs, what waits for it (approvals, join requests,
// gates due) and the pool's balance this year, each linking to the page where the work is done.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { communityIdsWhere } from "../auth/permissions";
import { budgetYear, danishDay, dateColumn } from "../dates";
import { flaggedByCommunity } from "../tripwire/flags";

export async function secretariatHome(user: SessionUser) {
  const where = communityIdsWhere(user, "community.manage");
  if (where && where.in.length === 0) return [];
  const today = dateColumn(danishDay());
  const year = budgetYear();
  const communities = await prisma.community.findMany({
    where: { id: where },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      _count: { select: { members: { where: { status: "REQUESTED" } }, pilots: { where: { status: "SUBMITTED" } } } },
      pools: { where: { year }, select: { balance: true } },
    },
  });
  const ids = communities.map((c) => c.id);
  const [openReviews, overduePhases, flagged, ideas] = await Promise.all([
    prisma.phase.findMany({
      where: { gateReviews: { some: { status: "OPEN" } }, pilot: { communityId: { in: ids } } },
      select: { pilot: { select: { communityId: true } } },
    }),
    prisma.phase.findMany({
      where: { status: "ACTIVE", plannedEnd: { lt: today }, pilot: { communityId: { in: ids }, status: "ACTIVE" } },
      select: { pilot: { select: { communityId: true } } },
    }),
    flaggedByCommunity(ids),
    // Ideas waiting for the secretariat: proposed, or on the shelf past their day to look again.
    prisma.idea.findMany({
      where: {
        challenge: { communityId: { in: ids } },
        OR: [{ status: "PROPOSED" }, { status: "SHELVED", reviewOn: { lte: today } }],
      },
      select: { challenge: { select: { communityId: true } } },
    }),
  ]);
  const count = (rows: { pilot: { communityId: number } }[], id: number) =>
    rows.filter((r) => r.pilot.communityId === id).length;
  return communities.map((c) => ({
    slug: c.slug,
    name: c.name,
    approvals: c._count.pilots,
    joinRequests: c._count.members,
    gatesDue: count(openReviews, c.id) + count(overduePhases, c.id),
    pool: { year, balance: c.pools[0]?.balance ?? 0 },
    evidenceMissing: flagged.get(c.id) ?? 0,
    ideasWaiting: ideas.filter((i) => i.challenge.communityId === c.id).length,
  }));
}

export type SecretariatHome = Awaited<ReturnType<typeof secretariatHome>>;
