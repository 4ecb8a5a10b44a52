// What the secretariat's membership page shows. The page has already checked "community.manage".
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

const KIND_ORDER = ["KOMMUNE", "REGION", "UNIVERSITET", "SEKRETARIAT", "ANDET"] as const;

const memberRowSelect = {
  id: true,
  requestNote: true,
  decidedAt: true,
  organisation: { select: { id: true, name: true, kind: true, region: { select: { name: true } } } },
} satisfies Prisma.CommunityMemberSelect;

export type MemberRow = Prisma.CommunityMemberGetPayload<{ select: typeof memberRowSelect }>;

const byKindThenName = (a: { kind: string; name: string }, b: { kind: string; name: string }) =>
  KIND_ORDER.indexOf(a.kind as never) - KIND_ORDER.indexOf(b.kind as never) || a.name.localeCompare(b.name, "da");

export async function membershipOverview(communityId: number) {
  const [members, requests, organisations] = await Promise.all([
    prisma.communityMember.findMany({ where: { communityId, status: "ACTIVE" }, select: memberRowSelect }),
    prisma.communityMember.findMany({
      where: { communityId, status: "REQUESTED" },
      select: memberRowSelect,
      orderBy: { id: "asc" },
    }),
    // Candidates: every organisation that is not an active member (a pending request may be added directly).
    prisma.organisation.findMany({
      where: { memberships: { none: { communityId, status: "ACTIVE" } } },
      select: { id: true, name: true, kind: true },
    }),
  ]);
  members.sort((a, b) => byKindThenName(a.organisation, b.organisation));
  organisations.sort(byKindThenName);
  return { members, requests, candidates: organisations };
}

/** For the public page's "Bliv medlem": where the user's organisation stands in this community. */
export async function membershipStatusOf(communityId: number, organisationId: number) {
  const row = await prisma.communityMember.findUnique({
    where: { communityId_organisationId: { communityId, organisationId } },
    select: { status: true },
  });
  return row?.status ?? null;
}

export async function pendingRequestCount(communityId: number) {
  return prisma.communityMember.count({ where: { communityId, status: "REQUESTED" } });
}

/** All organisations, for the "create user" form, in the same kind-then-name order. */
export async function organisationOptions() {
  const rows = await prisma.organisation.findMany({ select: { id: true, name: true, kind: true } });
  return rows.sort(byKindThenName);
}
