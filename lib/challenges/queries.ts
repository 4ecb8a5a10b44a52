// Reading challenges, always from the visibility where-clause: the list (newest first, with how many
// and which organisations share the challenge), one challenge with its ideas and comments, an
// organisation's challenges (municipality pages), the API's list, and a pilot's challenge.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { visibleChallengesWhere } from "./visibility";

export const cardSelect = {
  id: true,
  title: true,
  problem: true,
  affects: true,
  existingData: true,
  domains: true,
  sdgs: true,
  visibility: true,
  createdAt: true,
  costKroner: true,
  costHours: true,
  community: { select: { slug: true, name: true } },
  organisation: { select: { id: true, name: true, slug: true, municipalityCode: true } },
  cosponsors: {
    orderBy: { createdAt: "asc" },
    select: {
      note: true,
      createdAt: true,
      organisation: { select: { id: true, name: true, slug: true, municipalityCode: true } },
    },
  },
  _count: { select: { ideas: true } },
} satisfies Prisma.ChallengeSelect;

export type ChallengeCard = Prisma.ChallengeGetPayload<{ select: typeof cardSelect }>;

export const PAGE_SIZE = 20;

export async function listChallenges(user: SessionUser | null, opts: { community?: string; page?: number } = {}) {
  const where: Prisma.ChallengeWhereInput = {
    AND: [visibleChallengesWhere(user), opts.community ? { community: { slug: opts.community } } : {}],
  };
  const page = Math.max(1, opts.page ?? 1);
  const [items, total] = await Promise.all([
    prisma.challenge.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
    prisma.challenge.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getChallenge(user: SessionUser | null, id: number) {
  return prisma.challenge.findFirst({
    where: { AND: [{ id }, visibleChallengesWhere(user)] },
    select: {
      ...cardSelect,
      communityId: true,
      organisationId: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      ideas: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          description: true,
          technologies: true,
          supplier: true,
          roughCost: true,
          status: true,
          reason: true,
          reviewOn: true,
          decidedAt: true,
          pilotId: true,
          createdAt: true,
          proposedBy: { select: { name: true, organisation: { select: { name: true } } } },
          decidedBy: { select: { name: true } },
          comments: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              body: true,
              createdAt: true,
              author: { select: { name: true, organisation: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
}
export type ChallengeDetail = NonNullable<Awaited<ReturnType<typeof getChallenge>>>;

/** The project leads of a community, for the secretariat's "turn into a pilot draft" choice. */
export function communityLeads(communityId: number) {
  return prisma.user.findMany({
    where: { deactivatedAt: null, roles: { some: { communityId, role: "PROJECT_LEAD" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, organisation: { select: { name: true } } },
  });
}

/** What an organisation posted and what it co-sponsors, for its municipality page. */
export async function organisationChallenges(user: SessionUser | null, organisationId: number) {
  const where = visibleChallengesWhere(user);
  const [posted, shared] = await Promise.all([
    prisma.challenge.findMany({
      where: { AND: [where, { organisationId }] },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: cardSelect,
    }),
    prisma.challenge.findMany({
      where: { AND: [where, { cosponsors: { some: { organisationId } } }] },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: cardSelect,
    }),
  ]);
  return { posted, shared };
}

/** The challenge (and idea) a pilot was made from, when the reader may see the challenge. */
export async function pilotOrigin(user: SessionUser | null, pilotId: number) {
  const idea = await prisma.idea.findFirst({
    where: { pilotId, challenge: visibleChallengesWhere(user) },
    select: { id: true, title: true, challenge: { select: { id: true, title: true } } },
  });
  if (idea) return { challenge: idea.challenge, idea: { id: idea.id, title: idea.title } };
  const pilot = await prisma.pilot.findFirst({
    where: { id: pilotId, challenge: visibleChallengesWhere(user) },
    select: { challenge: { select: { id: true, title: true } } },
  });
  return pilot?.challenge ? { challenge: pilot.challenge, idea: null } : null;
}

/** The communities the user's organisation is an active member of: where it may post a challenge. */
export function postingCommunities(user: SessionUser) {
  return prisma.community.findMany({
    where: { members: { some: { organisationId: user.organisation.id, status: "ACTIVE" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
}
