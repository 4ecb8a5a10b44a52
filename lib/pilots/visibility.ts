import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { tokenPilotsWhere } from "../tokens/scope";
import { SHARED_STATUSES } from "../lifecycle";
import { communitiesWith } from "../auth/permissions";

// PRODUCT.md rule 6. Every query that lists, reads or counts pilots starts from this where-clause.

export function visiblePilotsWhere(user: SessionUser | null): Prisma.PilotWhereInput {
  // An API token sees what its creator sees, and of that only its own pilot or community.
  if (user?.apiToken)
    return { AND: [visiblePilotsWhere({ ...user, apiToken: undefined }), tokenPilotsWhere(user.apiToken)] };
  const shared: Prisma.PilotWhereInput = { status: { in: [...SHARED_STATUSES] } };
  if (!user) return { ...shared, visibility: "PUBLIC" };
  if (user.isPlatformAdmin) return {};
  const secretariatOf = communitiesWith(user, "pilot.approve") as number[]; // not "all": administrators returned above
  return {
    OR: [
      shared, // active and ended pilots: every signed-in member of every community (shared learning)
      { projectLeadId: user.id }, // drafts: their team…
      { communityId: { in: secretariatOf } }, // …and the community's secretariat
    ],
  };
}

/**
 * The same rule for raw SQL (lib/search's ranked queries and SQL aggregates), as a condition on the
 * Pilot row named `alias`. tests/integration/search/visibility-sql.test.ts proves both give the same
 * pilots for every demo user and for anonymous visitors: change them together.
 */
export function visiblePilotsSql(user: SessionUser | null, alias = "p"): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`visiblePilotsSql: bad alias ${alias}`);
  const p = Prisma.raw(`"${alias}"`);
  const token = user?.apiToken;
  if (token) {
    const scope =
      token.pilotId !== null
        ? Prisma.sql`${p}."id" = ${token.pilotId}`
        : Prisma.sql`${p}."communityId" = ${token.communityId}`;
    return Prisma.sql`(${visiblePilotsSql({ ...user, apiToken: undefined }, alias)} AND ${scope})`;
  }
  const shared = sharedSql(alias);
  if (!user) return Prisma.sql`(${shared} AND ${p}."visibility" = 'PUBLIC')`;
  if (user.isPlatformAdmin) return Prisma.sql`TRUE`;
  return Prisma.sql`(${shared} OR ${ownSql(user, alias)})`;
}

// The enum column compared with literals of its own type, not `status::text IN ($1…)`: a cast column
// has no statistics, the planner then guesses ~2 % of pilots visible instead of ~90 % and picks
// nested loops over every pilot where the search index should lead (tests/integration/query-plans).
function sharedSql(alias: string): Prisma.Sql {
  return Prisma.raw(`"${alias}"."status" IN (${SHARED_STATUSES.map((s) => `'${s}'`).join(", ")})`);
}

/** What a signed-in member sees besides the shared pilots: their team's drafts, their secretariat's community. */
function ownSql(user: SessionUser, alias: string): Prisma.Sql {
  const p = Prisma.raw(`"${alias}"`);
  const secretariatOf = communitiesWith(user, "pilot.approve") as number[]; // not "all": administrators see everything
  const secretariat = secretariatOf.length
    ? Prisma.sql` OR ${p}."communityId" IN (${Prisma.join(secretariatOf)})`
    : Prisma.empty;
  return Prisma.sql`(${p}."projectLeadId" = ${user.id}${secretariat})`;
}

/**
 * The same pilots as visiblePilotsSql, in two parts that never overlap: `common`, the same for every
 * viewer of this kind (anonymous visitors; every signed-in member; administrators), and `own`, what
 * this viewer sees besides (null when nothing). A count over `common` may be shared between viewers; a
 * count over `own` is this viewer's. Null for an API token, whose view is cut to a pilot or community.
 */
export function visibleParts(
  user: SessionUser | null,
  alias = "p",
): { common: Prisma.Sql; own: Prisma.Sql | null } | null {
  if (!/^[a-z_][a-z0-9_]*$/i.test(alias)) throw new Error(`visibleParts: bad alias ${alias}`);
  if (user?.apiToken) return null;
  if (!user || user.isPlatformAdmin) return { common: visiblePilotsSql(user, alias), own: null };
  const shared = sharedSql(alias);
  return { common: shared, own: Prisma.sql`(${ownSql(user, alias)} AND NOT ${shared})` };
}
