// Who may see what on the dashboard. Pilots: PRODUCT.md rule 6, the shared SQL twin of
// visiblePilotsWhere (lib/pilots/visibility.ts); tests/integration/portfolio/visibility.test.ts
// checks that the portfolio's scope picks exactly the pilots visiblePilotsWhere picks, for every
// demo user and for anonymous visitors. The pool: the communities the viewer belongs to.
import "server-only";
import type { SessionUser } from "../auth/session";

export { visiblePilotsSql } from "../pilots/visibility";

type PoolViewer = Pick<SessionUser, "isPlatformAdmin" | "roles" | "apiToken"> | null;

/**
 * The communities whose pool (contributions, balance) the viewer may see: those they hold a role
 * in (the steering group decides on it, members pay into it); everything for a platform admin;
 * nothing for anonymous visitors. `null` means "no restriction".
 */
export function poolCommunityIds(user: PoolViewer): number[] | null {
  if (!user) return [];
  // A community token sees its community's pool; a pilot token is about one pilot, not the pool.
  if (user.apiToken) return user.apiToken.pilotId === null ? [user.apiToken.communityId] : [];
  if (user.isPlatformAdmin) return null;
  return [...new Set(user.roles.map((r) => r.communityId))];
}

/** Whether any pool in view is the viewer's to see (else the dashboard says why the pool is missing). */
export function maySeePool(user: PoolViewer, f: { community?: string }): boolean {
  const ids = poolCommunityIds(user);
  if (ids === null) return true;
  if (!f.community) return ids.length > 0;
  return !!user && user.roles.some((r) => ids.includes(r.communityId) && r.community.slug === f.community);
}
