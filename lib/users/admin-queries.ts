// What the secretariat's user pages show: the community's own users (anyone holding a role in it).
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { ROLES } from "./schemas";
import { homeOf, rolesInOrder } from "./home";

const userRowSelect = (communityId: number) =>
  ({
    id: true,
    name: true,
    email: true,
    deactivatedAt: true,
    passwordHash: true,
    organisation: { select: { name: true } },
    roles: { where: { communityId }, select: { role: true } },
  }) satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: ReturnType<typeof userRowSelect> }>;

/** The password hash never leaves this module: the page only learns whether one is set. */
function toView({ passwordHash, roles, ...rest }: Row) {
  return { ...rest, activated: passwordHash !== null, roles: ROLES.filter((r) => roles.some((x) => x.role === r)) };
}

export type CommunityUserRow = ReturnType<typeof toView>;

export async function listCommunityUsers(communityId: number) {
  const rows = await prisma.user.findMany({
    where: { roles: { some: { communityId } } },
    select: userRowSelect(communityId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toView);
}

export async function getCommunityUser(communityId: number, userId: number) {
  const row = await prisma.user.findFirst({
    where: { id: userId, roles: { some: { communityId } } },
    select: userRowSelect(communityId),
  });
  if (!row) return null;
  const [account, openInvite] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: { isPlatformAdmin: true, homeCommunityId: true, roles: rolesInOrder },
    }),
    prisma.userInvite.findFirst({
      where: { userId, usedAt: null, expiresAt: { gt: new Date() } },
      select: { expiresAt: true },
      orderBy: { expiresAt: "desc" },
    }),
  ]);
  // "Elsewhere": the account as a whole is another community's to manage (lib/users/home.ts); this
  // community still manages its own roles. The pages hide deactivation, export and erasure then.
  const onlyHere = account.roles.every((r) => r.communityId === communityId);
  const rolesElsewhere = account.isPlatformAdmin || (homeOf(account) !== communityId && !onlyHere);
  return { ...toView(row), rolesElsewhere, inviteExpiresAt: openInvite?.expiresAt ?? null };
}
