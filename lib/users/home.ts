// Which community a user belongs to at home (issue 15, finding 4). One account serves every
// community; the home community — the one that created the user, or where they had their first
// role — keeps deactivation, export and erasure when others give the user roles. Another community
// manages only its own roles.
import "server-only";
import { AppError } from "../errors";
import type { Actor } from "../auth/permissions";
import type { MessageKey } from "../i18n/messages";
import type { Prisma } from "../generated/prisma/client";

type Target = { isPlatformAdmin: boolean; homeCommunityId: number | null; roles: { communityId: number }[] };

/** The stored home, or (for users from before it was stored) the community of the first role. */
export const homeOf = (target: Target): number | null => target.homeCommunityId ?? target.roles[0]?.communityId ?? null;

/** May `communityId`'s secretariat act on the whole account (not just its roles there)? */
export function assertManagesAccount(actor: Actor, target: Target, communityId: number, refusal: MessageKey) {
  if (actor.isPlatformAdmin) return;
  const onlyHere = target.roles.every((r) => r.communityId === communityId);
  if (target.isPlatformAdmin || (homeOf(target) !== communityId && !onlyHere)) throw new AppError("FORBIDDEN", refusal);
}

/** Roles ordered by when they were given (so `homeOf` falls back to the first). */
export const rolesInOrder = { select: { communityId: true, role: true }, orderBy: { id: "asc" } } as const;

/**
 * A user with a role in `communityId` whose whole account that community may manage: deactivation,
 * a new invitation, export and erasure. Anyone else is the same 404 as a user who does not exist;
 * a user whose home is elsewhere is refused with `elsewhere`. The password hash never leaves here.
 */
export async function managedAccount(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { communityId, userId }: { communityId: number; userId: number },
  elsewhere: MessageKey,
) {
  const found = await tx.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      isPlatformAdmin: true,
      deactivatedAt: true,
      passwordHash: true,
      homeCommunityId: true,
      roles: rolesInOrder,
    },
  });
  if (!found || !found.roles.some((r) => r.communityId === communityId))
    throw new AppError("NOT_FOUND", "admin.users.notFound");
  assertManagesAccount(actor, found, communityId, elsewhere);
  const { passwordHash, ...target } = found;
  return { ...target, passwordSet: passwordHash !== null };
}
