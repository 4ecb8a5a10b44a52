// Which community a user belongs to at home (issue 15, finding 4). One account serves every
// community; the home community — the one that created the user, or where they had their first
// role — keeps deactivation, export and erasure when others give the user roles. Another community
// manages only its own roles.
import "server-only";
import { AppError } from "../errors";
import type { Actor } from "../auth/permissions";
import type { MessageKey } from "../i18n/messages";

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
