// The pilots a dashboard counts: the ones the viewer may see (rule 6) that match the filters. Every
// portfolio query starts with `WITH scope AS (…)` built here, so no figure can count a pilot the
// viewer may not see, and the filters mean the same thing in every figure.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import type { PortfolioFilters } from "./filters";
import { poolCommunityIds, visiblePilotsSql } from "./visible-sql";

export type Viewer = SessionUser | null;

export function scopeConditions(user: Viewer, f: PortfolioFilters): Prisma.Sql[] {
  const where = [visiblePilotsSql(user, "p")];
  if (f.community) where.push(Prisma.sql`p."communityId" = (SELECT id FROM "Community" WHERE slug = ${f.community})`);
  if (f.technology) where.push(Prisma.sql`${f.technology} = ANY (p.technologies)`);
  if (f.domain) where.push(Prisma.sql`${f.domain} = ANY (p.domains)`);
  // A year selects the pilots that existed at some time during it: created before it ended, and
  // not ended before it began.
  if (f.year)
    where.push(
      Prisma.sql`p."createdAt" < make_date(${f.year + 1}, 1, 1) AND (p."endedAt" IS NULL OR p."endedAt" >= make_date(${f.year}, 1, 1))`,
    );
  return where;
}

/** `scope AS (…)`: one CTE, to be put after WITH (or after other CTEs, comma first). */
export function scopeCte(user: Viewer, f: PortfolioFilters): Prisma.Sql {
  return Prisma.sql`scope AS (
    SELECT p.id, p.title, p."communityId", p.status::text AS status, p.technologies, p.domains, p.sdgs, p."leadOrganisationId"
    FROM "Pilot" p
    WHERE ${Prisma.join(scopeConditions(user, f), " AND ")}
  )`;
}

/** The communities in view whose pool the viewer may see, as a condition on a `"Community"` alias. */
export function poolCommunitiesSql(user: Viewer, f: PortfolioFilters, alias: string): Prisma.Sql {
  const ids = poolCommunityIds(user);
  const col = Prisma.raw(`${alias}.id`);
  const slug = Prisma.raw(`${alias}.slug`);
  const parts: Prisma.Sql[] = [];
  if (ids !== null) parts.push(ids.length ? Prisma.sql`${col} IN (${Prisma.join(ids)})` : Prisma.sql`FALSE`);
  if (f.community) parts.push(Prisma.sql`${slug} = ${f.community}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/** Today in Denmark, as SQL: what "overdue" is measured against. */
export const TODAY = Prisma.sql`(now() AT TIME ZONE 'Europe/Copenhagen')::date`;

/** A timestamp column (stored as UTC) as the Danish local time, for grouping by day, month or quarter. */
export function local(column: string): Prisma.Sql {
  return Prisma.raw(`((${column}) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Copenhagen')`);
}

/** Phase kinds in track order, for ORDER BY. */
export const PHASE_ORDER = (column: string) =>
  Prisma.raw(`array_position(ARRAY['TEST','DEMONSTRATION','SCALE']::"PhaseKind"[], ${column})`);
