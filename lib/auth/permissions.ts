// The one place that answers "may this user do this, here?". Domain functions call `authorize`
// (which throws); pages ask `can` to decide which buttons to show. Reading is governed separately by
// the visibility where-builders (lib/pilots/visibility.ts): what you may not see is a 404.
import type { Role } from "../generated/prisma/enums";
import { AppError } from "../errors";
import { isEnded } from "../lifecycle";

/**
 * What an authenticated API token adds to its creator's user (lib/tokens). The pilot visibility rules
 * and `can()` narrow every read and write to it: `communityId` is the token's community, or its pilot's.
 */
export type ApiTokenScope = { id: number; access: "READ" | "WRITE"; communityId: number; pilotId: number | null };

export type Actor = {
  id: number;
  isPlatformAdmin: boolean;
  organisation: { id: number };
  roles: { role: Role; communityId: number }[];
  /** An API token's scope (lib/tokens/scope.ts); its pilot is enforced by the visibility rules. */
  apiToken?: { access: "READ" | "WRITE"; communityId: number };
};

export type PilotScope = { communityId: number; projectLeadId: number; status: string };

export type Permission =
  | "community.manage" // members, join requests, users and roles, gate criteria
  | "community.pool" // record contributions, see the pool ledger
  | "community.audit" // browse the audit trail
  | "pilot.create"
  | "pilot.approve" // approve a submitted pilot into its test phase, or send it back
  | "pilot.import" // create draft pilots for the community's project leads from a spreadsheet
  | "pilot.edit" // the pilot's own lead, while the pilot is not ended
  | "pilot.writeLessons" // lessons and stop reports stay writable after a STOP (rule 4)
  | "gate.score"
  | "gate.decide"
  | "pledge.join" // a member organisation pledges to join a scale-up
  | "spread.open" // open a pilot to more organisations, and make their interests binding when its window closes
  | "idea.decide"; // move an idea of the community's challenges: to a pilot draft, the shelf, or declined

const BY_ROLE: Record<Exclude<Permission, "pilot.edit" | "pilot.writeLessons">, Role[]> = {
  "community.manage": ["SECRETARIAT"],
  "community.pool": ["SECRETARIAT"],
  "community.audit": ["SECRETARIAT"],
  "pilot.create": ["PROJECT_LEAD"],
  "pilot.approve": ["SECRETARIAT"],
  "pilot.import": ["SECRETARIAT"],
  "gate.score": ["STEERING"],
  "gate.decide": ["STEERING"],
  "pledge.join": ["MEMBER", "PROJECT_LEAD", "STEERING", "SECRETARIAT"],
  "spread.open": ["SECRETARIAT"],
  "idea.decide": ["SECRETARIAT"],
};

export function hasRole(user: Actor, communityId: number, role: Role): boolean {
  return user.roles.some((r) => r.communityId === communityId && r.role === role);
}

export function isCommunityUser(user: Actor, communityId: number): boolean {
  return user.isPlatformAdmin || user.roles.some((r) => r.communityId === communityId);
}

export function can(
  user: Actor | null,
  permission: Permission,
  scope: { communityId: number; pilot?: PilotScope },
): boolean {
  if (!user) return false;
  // A token acts for its creator only inside its own community, and changes nothing unless WRITE.
  if (user.apiToken && (user.apiToken.access !== "WRITE" || user.apiToken.communityId !== scope.communityId))
    return false;
  if (permission === "pilot.edit" || permission === "pilot.writeLessons") {
    const pilot = scope.pilot;
    if (!pilot) return false;
    const mine = pilot.projectLeadId === user.id && hasRole(user, pilot.communityId, "PROJECT_LEAD");
    if (permission === "pilot.edit" && isEnded(pilot.status)) return false;
    return mine || user.isPlatformAdmin;
  }
  if (user.isPlatformAdmin) return true;
  return BY_ROLE[permission].some((role) => hasRole(user, scope.communityId, role));
}

type RolePermission = keyof typeof BY_ROLE;

/**
 * The communities in which the user holds a permission by role, for lists and where-clauses
 * ("the communities I am secretariat of"). A platform administrator holds every permission in every
 * community: "all". An API token never widens this.
 */
export function communitiesWith(user: Actor | null, permission: RolePermission): number[] | "all" {
  if (!user) return [];
  if (user.isPlatformAdmin) return "all";
  return [...new Set(user.roles.filter((r) => BY_ROLE[permission].includes(r.role)).map((r) => r.communityId))];
}

/** The same as a where-clause on a community id: `{ in: [...] }`, or no restriction for "all". */
export function communityIdsWhere(user: Actor | null, permission: RolePermission): { in: number[] } | undefined {
  const ids = communitiesWith(user, permission);
  return ids === "all" ? undefined : { in: ids };
}

/** Does the user hold the permission in any community (which menu entries and links to show)? */
export function holdsAnywhere(user: Actor | null, permission: RolePermission): boolean {
  const ids = communitiesWith(user, permission);
  return ids === "all" || ids.length > 0;
}

/**
 * The communities where the user sits on the steering group. A scorecard is a member's own vote:
 * a platform administrator, who may do most things, has none (lib/gates/access.ts).
 */
export function votingCommunities(user: Actor | null): number[] {
  return user ? [...new Set(user.roles.filter((r) => r.role === "STEERING").map((r) => r.communityId))] : [];
}

export function requireSignedIn<U extends Actor>(user: U | null): asserts user is U {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
}

/** Throws 403 for a signed-in user without the right, 401 for nobody. */
export function authorize(
  user: Actor | null,
  permission: Permission,
  scope: { communityId: number; pilot?: PilotScope },
): asserts user is Actor {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  if (!can(user, permission, scope)) throw new AppError("FORBIDDEN", "errors.forbidden");
}
