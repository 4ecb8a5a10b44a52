// Shared by the administration pages and the domain functions that change a community.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { can, type Actor, type Permission } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";

/**
 * Takes the community row's lock for the rest of the transaction. Every administrative change
 * of a community goes through here, so two secretaries acting at once are serialised: the
 * "last secretariat member" rule and the membership status checks cannot both pass on stale reads,
 * on one database server shared by many app instances.
 */
export async function lockCommunity(tx: Prisma.TransactionClient, communityId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Community" WHERE id = ${communityId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "admin.errors.communityNotFound");
}

/**
 * For the administration pages: the community, or null both when it does not exist and when the
 * user may not manage it, so that an outsider's 404 looks exactly like a missing community.
 */
export async function findManagedCommunity(
  slug: string,
  user: Actor | null,
  permission: Permission = "community.manage",
) {
  const community = await prisma.community.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true },
  });
  if (!community || !can(user, permission, { communityId: community.id })) return null;
  return community;
}

/** Active (not deactivated) secretariat members of a community other than `exceptUserId`. */
export function otherActiveSecretaries(tx: Prisma.TransactionClient, communityId: number, exceptUserId: number) {
  return tx.roleAssignment.count({
    where: { communityId, role: "SECRETARIAT", userId: { not: exceptUserId }, user: { deactivatedAt: null } },
  });
}
