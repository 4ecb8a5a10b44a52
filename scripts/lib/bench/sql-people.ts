// Generator SQL, part 1: helpers, the ten extra communities, users and roles. Every random choice is
// a hash of (seed, row number, purpose) — a counter-based PRNG — so the same seed gives the same rows
// whatever order PostgreSQL evaluates them in, on PGlite and on a server alike.
import { BENCH_COMMUNITIES, FIRST_NAMES, LAST_NAMES } from "./vocabulary";

export type Layout = {
  seed: number;
  pilots: number;
  users: number;
  /** Communities after the bench ones are added (reference + bench). */
  communities: number;
  /** Project leads per community; user u0 sits in community u0 % C at position floor(u0 / C). */
  leadsPerCommunity: number;
  /** max(id) before generation, per table whose ids the generator computes. */
  base: Record<"user" | "pilot" | "phase" | "kpi" | "review" | "scorecard" | "decision", number>;
  passwordHash: string;
};

/** A text[] literal; the vocabularies are our own constants, quotes are escaped anyway. */
export function arr(xs: readonly string[]): string {
  return `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(", ")}]::text[]`;
}

export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The known project lead the benchmark signs in as (it posts expenses on the first pilots). */
export const BENCH_LEAD_EMAIL = "projektleder@bench.innovationsmotor.example";
/** Positions in a community's user list: 0–1 secretariat, 2–7 steering group, then project leads. */
export const STEERING_FROM = 2;
export const LEADS_FROM = 8;

export function helpersSql(seed: number): string {
  return `
SET session_replication_role = replica;
CREATE OR REPLACE FUNCTION pg_temp.r(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
  $$ SELECT (hashint8extended(i, ${seed}::bigint * 1000 + salt) & 281474976710655)::float8 / 281474976710656.0 $$;
CREATE OR REPLACE FUNCTION pg_temp.pick(a text[], i bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT a[1 + floor(pg_temp.r(i, salt) * array_length(a, 1))::int] $$;
CREATE OR REPLACE FUNCTION pg_temp.upto(n int, i bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE AS
  $$ SELECT floor(pg_temp.r(i, salt) * n)::int $$;`;
}

export function communitiesSql(): string {
  const values = BENCH_COMMUNITIES.map((c, k) => `(${lit(c.slug)}, ${lit(c.name)}, ${c.region ?? "NULL"}::int, ${k})`).join(",\n  ");
  return `
CREATE TEMP TABLE bench_comm (slug text, name text, region int, k int);
INSERT INTO bench_comm VALUES
  ${values};
INSERT INTO "Organisation" (kind, name, slug, "regionCode")
SELECT 'SEKRETARIAT', name || ' – sekretariat', slug || '-sekretariat', coalesce(region, 1084) FROM bench_comm;
INSERT INTO "Community" (slug, name, description, "secretariatOrgId")
SELECT b.slug, b.name, 'Genereret til ydelsestest: ' || b.name || ' deler afprøvninger, erfaringer og udgifter på tværs af kommunerne.', o.id
  FROM bench_comm b JOIN "Organisation" o ON o.slug = b.slug || '-sekretariat' ORDER BY b.k;
-- Regional communities: every municipality of the region and the region itself; thematic ones: about a third of all.
INSERT INTO "CommunityMember" ("communityId", "organisationId", status)
SELECT c.id, o.id, 'ACTIVE' FROM bench_comm b JOIN "Community" c ON c.slug = b.slug
  JOIN "Organisation" o ON (b.region IS NOT NULL AND o.kind IN ('KOMMUNE', 'REGION') AND o."regionCode" = b.region)
                        OR (b.region IS NULL AND o.kind = 'KOMMUNE' AND pg_temp.r(o."municipalityCode" * 100 + b.k, 7) < 0.35)
ON CONFLICT DO NOTHING;
-- Four gate criteria each (the reference communities keep their seven).
INSERT INTO "GateCriterion" ("communityId", key, "nameDa", "nameEn", weight, position)
SELECT c.id, g.key, g."nameDa", g."nameEn", g.weight, g.position FROM bench_comm b JOIN "Community" c ON c.slug = b.slug
  CROSS JOIN (SELECT * FROM "GateCriterion" WHERE "communityId" = (SELECT min("communityId") FROM "GateCriterion") AND position <= 4) g;`;
}

/** Every community with its member organisations and gate criteria, numbered 0…C-1 by id. */
export function commTableSql(): string {
  return `
CREATE TEMP TABLE comm AS
SELECT (row_number() OVER (ORDER BY c.id) - 1)::int AS idx, c.id,
  (SELECT array_agg(m."organisationId" ORDER BY m."organisationId") FROM "CommunityMember" m JOIN "Organisation" o ON o.id = m."organisationId"
    WHERE m."communityId" = c.id AND m.status = 'ACTIVE' AND o.kind IN ('KOMMUNE', 'REGION')) AS mem,
  (SELECT array_agg(g.id ORDER BY g.position) FROM "GateCriterion" g WHERE g."communityId" = c.id AND g.active) AS crit,
  (SELECT array_agg(g.weight ORDER BY g.position) FROM "GateCriterion" g WHERE g."communityId" = c.id AND g.active) AS wts
FROM "Community" c;`;
}

export function usersSql(l: Layout): string {
  const C = l.communities;
  const role = `CASE WHEN u0 / ${C} < ${STEERING_FROM} THEN 'SECRETARIAT' WHEN u0 / ${C} < ${LEADS_FROM} THEN 'STEERING'
                     WHEN u0 / ${C} < ${LEADS_FROM + l.leadsPerCommunity} THEN 'PROJECT_LEAD' ELSE 'MEMBER' END::"Role"`;
  return `
INSERT INTO "User" (id, email, name, "passwordHash", "organisationId", "createdAt", "updatedAt")
SELECT ${l.base.user} + 1 + u0,
       CASE WHEN u0 = ${LEADS_FROM * C} THEN ${lit(BENCH_LEAD_EMAIL)} ELSE 'bruger' || u0 || '@bench.innovationsmotor.example' END,
       pg_temp.pick(${arr(FIRST_NAMES)}, u0, 12) || ' ' || pg_temp.pick(${arr(LAST_NAMES)}, u0, 13),
       ${lit(l.passwordHash)},
       c.mem[1 + pg_temp.upto(array_length(c.mem, 1), u0, 11)],
       timestamp '2022-01-01' + u0 * interval '5 minutes', timestamp '2022-01-01' + u0 * interval '5 minutes'
  FROM generate_series(0, ${l.users - 1}) u0 JOIN comm c ON c.idx = u0 % ${C};
INSERT INTO "RoleAssignment" ("userId", "communityId", role)
SELECT ${l.base.user} + 1 + u0, c.id, ${role} FROM generate_series(0, ${l.users - 1}) u0 JOIN comm c ON c.idx = u0 % ${C};`;
}

/** The id of the user at `pos` in community `cidx` (SQL expressions). */
export function userAt(l: Layout, cidx: string, pos: string): string {
  return `(${l.base.user} + 1 + ${cidx} + ${l.communities} * (${pos}))`;
}
