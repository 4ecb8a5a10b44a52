// Who may hold a token for what. A secretariat member holds tokens for their community, a project
// lead for their own pilot (issue 8). The rule is checked when a token is made and again on every
// call, so a token stops working the day its creator loses the role that allowed it.
import type { Prisma } from "../generated/prisma/client";
import { communitiesWith, hasRole, type Actor, type ApiTokenScope } from "../auth/permissions";

export type ScopeTarget =
  { community: { id: number } } | { pilot: { id: number; communityId: number; projectLeadId: number } };

export function mayHoldScope(user: Actor, target: ScopeTarget): boolean {
  if (user.isPlatformAdmin) return true;
  if ("pilot" in target)
    return target.pilot.projectLeadId === user.id && hasRole(user, target.pilot.communityId, "PROJECT_LEAD");
  return hasRole(user, target.community.id, "SECRETARIAT");
}

/** The tokens a user may see in the list and revoke: their own, and every token of a community whose secretariat they are in. */
export function manageableTokensWhere(user: Actor): Prisma.ApiTokenWhereInput {
  const secretariatOf = communitiesWith(user, "community.manage");
  if (secretariatOf === "all") return {};
  return {
    OR: [
      { createdById: user.id },
      { communityId: { in: secretariatOf } },
      { pilot: { communityId: { in: secretariatOf } } },
    ],
  };
}

/** The pilots a token reaches, for lib/pilots/visibility.ts. */
export function tokenPilotsWhere(scope: ApiTokenScope): Prisma.PilotWhereInput {
  return scope.pilotId !== null ? { id: scope.pilotId } : { communityId: scope.communityId };
}
