// What the token page shows: the tokens the user may manage, and the scopes they may make one for.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { manageableTokensWhere } from "./scope";
import { communityIdsWhere } from "../auth/permissions";

const tokenListSelect = {
  id: true,
  name: true,
  prefix: true,
  access: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
  community: { select: { name: true } },
  pilot: { select: { id: true, title: true } },
} satisfies Prisma.ApiTokenSelect;

export type TokenListItem = Prisma.ApiTokenGetPayload<{ select: typeof tokenListSelect }>;

/** Active tokens first (newest first), then the revoked ones, kept for the record. */
export async function listTokens(user: SessionUser): Promise<TokenListItem[]> {
  const rows = await prisma.apiToken.findMany({
    where: manageableTokensWhere(user),
    select: tokenListSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}

/** The scopes offered in the form: exactly what `mayHoldScope` would accept. */
export async function tokenScopeOptions(user: SessionUser) {
  const [communities, pilots] = await Promise.all([
    prisma.community.findMany({
      where: { id: communityIdsWhere(user, "community.manage") },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    prisma.pilot.findMany({
      where: { projectLeadId: user.id, communityId: communityIdsWhere(user, "pilot.create") },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
  ]);
  return { communities, pilots };
}
