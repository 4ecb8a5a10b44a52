// A steering member's queue (/styregruppe): open reviews in the communities where they sit on the
// steering group — what awaits their score, what has a quorum and can be decided, what waits for
// others — each with its due date, earliest first.
import "server-only";
import { prisma } from "../../db";
import { visiblePilotsWhere } from "../../pilots/visibility";
import type { SessionUser } from "../../auth/session";
import { quorum } from "../scoring";
import { communityIdsWhere, votingCommunities } from "../../auth/permissions";

export async function steeringQueue(user: SessionUser) {
  const communityIds = votingCommunities(user);
  if (communityIds.length === 0) return null;
  const [reviews, members, communities] = await Promise.all([
    prisma.gateReview.findMany({
      where: {
        status: "OPEN",
        phase: { pilot: { AND: [{ communityId: { in: communityIds } }, visiblePilotsWhere(user)] } },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        dueDate: true,
        requestedAt: true,
        requestedGrant: true,
        phase: {
          select: {
            kind: true,
            pilot: {
              select: { id: true, title: true, communityId: true, leadOrganisation: { select: { name: true } } },
            },
          },
        },
        scorecards: { select: { userId: true, conflictOfInterest: true } },
      },
    }),
    prisma.roleAssignment.groupBy({
      by: ["communityId"],
      where: { communityId: { in: communityIds }, role: "STEERING", user: { deactivatedAt: null } },
      _count: true,
    }),
    prisma.community.findMany({
      where: { id: { in: communityIds } },
      select: { id: true, name: true, slug: true, quorumPercent: true },
    }),
  ]);
  const items = reviews.map((r) => {
    const c = communities.find((x) => x.id === r.phase.pilot.communityId)!;
    const count = members.find((m) => m.communityId === c.id)?._count ?? 0;
    const mine = r.scorecards.find((s) => s.userId === user.id);
    return {
      reviewId: r.id,
      pilot: r.phase.pilot,
      phaseKind: r.phase.kind,
      community: c,
      dueDate: r.dueDate,
      requestedAt: r.requestedAt,
      requestedGrant: r.requestedGrant,
      quorum: quorum(count, c.quorumPercent, r.scorecards),
      mine: mine ? (mine.conflictOfInterest ? ("conflict" as const) : ("scored" as const)) : null,
    };
  });
  return {
    awaitingMe: items.filter((i) => !i.mine),
    readyToDecide: items.filter((i) => i.mine && i.quorum.reached),
    waitingForOthers: items.filter((i) => i.mine && !i.quorum.reached),
  };
}

export type SteeringQueue = NonNullable<Awaited<ReturnType<typeof steeringQueue>>>;

/** The communities whose gate overview a secretariat member reaches from /styregruppe. */
export function managedCommunities(user: SessionUser) {
  return prisma.community.findMany({
    where: { id: communityIdsWhere(user, "community.manage") },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
}
