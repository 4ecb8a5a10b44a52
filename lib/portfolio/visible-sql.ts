// PRODUCT.md rule 6 as an SQL condition on `"Pilot" p`, for the portfolio's raw aggregates.
// It must select exactly what `visiblePilotsWhere` (lib/pilots/visibility.ts) selects: the
// integration test tests/integration/portfolio/visibility.test.ts checks both for every demo user and
// for anonymous visitors. Kept here until lib/pilots offers a shared SQL twin.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";

// Enum literals are written into the SQL text (never bound): a bound text parameter cannot be
// compared with a PostgreSQL enum column.
const SHARED = Prisma.sql`p.status IN ('ACTIVE', 'STOPPED', 'ADOPTED')`;

export function visiblePilotsSql(user: Pick<SessionUser, "id" | "isPlatformAdmin" | "roles" | "apiToken"> | null): Prisma.Sql {
  // An API token counts what its creator sees, and of that only its own pilot or community.
  const token = user?.apiToken;
  if (token) return Prisma.sql`(${visiblePilotsSql({ ...user, apiToken: undefined })} AND ${token.pilotId !== null ? Prisma.sql`p.id = ${token.pilotId}` : Prisma.sql`p."communityId" = ${token.communityId}`})`;
  if (!user) return Prisma.sql`(${SHARED} AND p.visibility = 'PUBLIC')`;
  if (user.isPlatformAdmin) return Prisma.sql`TRUE`;
  const secretariatOf = user.roles.filter((r) => r.role === "SECRETARIAT").map((r) => r.communityId);
  const ofSecretariat = secretariatOf.length ? Prisma.sql` OR p."communityId" IN (${Prisma.join(secretariatOf)})` : Prisma.empty;
  return Prisma.sql`(${SHARED} OR p."projectLeadId" = ${user.id}${ofSecretariat})`;
}

/**
 * The communities whose pool (contributions, balance) the viewer may see: those they hold a role
 * in (the steering group decides on it, members pay into it); everything for a platform admin;
 * nothing for anonymous visitors. `null` means "no restriction".
 */
export function poolCommunityIds(user: Pick<SessionUser, "isPlatformAdmin" | "roles" | "apiToken"> | null): number[] | null {
  if (!user) return [];
  // A community token sees its community's pool; a pilot token is about one pilot, not the pool.
  if (user.apiToken) return user.apiToken.pilotId === null ? [user.apiToken.communityId] : [];
  if (user.isPlatformAdmin) return null;
  return [...new Set(user.roles.map((r) => r.communityId))];
}

/** Whether any pool in view is the viewer's to see (else the dashboard says why the pool is missing). */
export function maySeePool(user: Pick<SessionUser, "isPlatformAdmin" | "roles"> | null, f: { community?: string }): boolean {
  if (!user) return false;
  if (user.isPlatformAdmin) return true;
  return user.roles.some((r) => !f.community || r.community.slug === f.community);
}
