// The pilots a user may see, each with every fact a catalogue filter looks at, as one SQL CTE named
// "facts". Computed from the source tables at query time, not kept in a side table, so a filter count
// can never be stale; every fact is a text[] so that filtering (&&) and counting (unnest) are uniform.
//
// The facts are computed set-wise (one grouped pass over the phases, decisions and participating
// organisations of all the pilots in view, joined by hash), not by a correlated subquery per pilot and
// fact: at 20,000 pilots the per-pilot subqueries cost ~60 µs a pilot (1.2 s for the whole catalogue).
// A caller names the facts it needs; the others are not computed at all (decision 0020).
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { FACET_KEYS, type Facet } from "./params";
import { rarityCte, scoreSql, type RankTerms } from "./rank";

/** What a search asks of the documents: the tsquery that selects, and its words one by one for the rank. */
export type SearchMatch = { query: string; terms: RankTerms };

const concat = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, "") : Prisma.empty);

/** Column of "facts" per filter (trusted identifiers, never user input). */
const COLUMN: Record<Facet, Prisma.Sql> = Object.fromEntries(FACET_KEYS.map((f) => [f, Prisma.raw(`"f_${f}"`)])) as Record<Facet, Prisma.Sql>;

// The phase a pilot is in: the furthest one that has started (lib/pilots/phase-track.ts, currentPhase).
const TRACK = Prisma.sql`array_position(ARRAY['TEST', 'DEMONSTRATION', 'SCALE'], ph.kind::text)`;

/** The current phase of the pilot `alias` as `{kind}` or `{}`, for the few rows of a shown page. */
export function phaseOfSql(alias: string): Prisma.Sql {
  const id = Prisma.raw(`"${alias}".id`);
  return Prisma.sql`ARRAY(SELECT lower(ph.kind::text) FROM "Phase" ph WHERE ph."pilotId" = ${id} AND ph.status <> 'PLANNED'
                           ORDER BY ${TRACK} DESC LIMIT 1)`;
}

// One grouped pass per source, over the pilots in "base" only; a pilot missing from one gets its empty
// value in "facts" (coalesce). "stages" (the phases of the pilots in view) is materialised on its
// own: planned inside the grouped CTEs, the row estimate of generate_series (1,000) made the planner
// merge-join every phase of every pilot even for a search that matches a few hundred.
const SOURCES = {
  stages: {
    facets: ["phase", "year", "outcome"],
    sql: Prisma.sql`stages AS MATERIALIZED (SELECT ph.id AS phase, ph."pilotId" AS id, ph.kind, ph.status,
        extract(year FROM ph."plannedStart")::int AS first,
        -- cut at the day it ended (a stopped pilot never reached later phases)
        extract(year FROM least(ph."plannedEnd", coalesce(b."endedAt"::date, ph."plannedEnd")))::int AS last
      FROM base b JOIN "Phase" ph ON ph."pilotId" = b.id)`,
  },
  // The years its phases span, counted in the same pass (a phase's row repeats per year: max does not mind).
  phases: {
    facets: ["phase", "year"],
    sql: Prisma.sql`phases AS (SELECT ph.id,
        (ARRAY['test', 'demonstration', 'scale'])[max(${TRACK}) FILTER (WHERE ph.status <> 'PLANNED')] AS "f_phase",
        array_agg(DISTINCT y::text) FILTER (WHERE y IS NOT NULL) AS "f_year"
      FROM stages ph LEFT JOIN LATERAL generate_series(ph.first, ph.last) AS y ON TRUE
      GROUP BY ph.id)`,
  },
  outcomes: {
    facets: ["outcome"],
    sql: Prisma.sql`outcomes AS (SELECT ph.id, array_agg(DISTINCT lower(d.outcome::text)) AS "f_outcome"
      FROM stages ph JOIN "GateReview" r ON r."phaseId" = ph.phase JOIN "GateDecision" d ON d."reviewId" = r.id
      GROUP BY ph.id)`,
  },
  // The organisations taking part in a pilot: its lead and its participants.
  places: {
    facets: ["municipality", "region"],
    sql: Prisma.sql`places AS (SELECT t.id,
        array_agg(DISTINCT o."municipalityCode"::text) FILTER (WHERE o."municipalityCode" IS NOT NULL) AS "f_municipality",
        array_agg(DISTINCT o."regionCode"::text) FILTER (WHERE o."regionCode" IS NOT NULL) AS "f_region"
      FROM (SELECT b.id, b."leadOrganisationId" AS org FROM base b
            UNION SELECT pp."pilotId", pp."organisationId" FROM base b JOIN "PilotParticipant" pp ON pp."pilotId" = b.id) t
      JOIN "Organisation" o ON o.id = t.org GROUP BY t.id)`,
  },
} satisfies Record<string, { facets: Facet[]; sql: Prisma.Sql }>;

const EMPTY = Prisma.sql`'{}'::text[]`;
const FACT: Record<Facet, Prisma.Sql> = {
  community: Prisma.sql`ARRAY[c.slug]`,
  status: Prisma.sql`ARRAY[lower(b.status::text)]`,
  phase: Prisma.sql`CASE WHEN phases."f_phase" IS NULL THEN ${EMPTY} ELSE ARRAY[phases."f_phase"] END`,
  outcome: Prisma.sql`coalesce(outcomes."f_outcome", ${EMPTY})`,
  technology: Prisma.sql`b.technologies`,
  domain: Prisma.sql`b.domains`,
  sdg: Prisma.sql`b.sdgs::text[]`,
  municipality: Prisma.sql`coalesce(places."f_municipality", ${EMPTY})`,
  region: Prisma.sql`coalesce(places."f_region", ${EMPTY})`,
  // a pilot without phases (or whose phases all lie after its end) counts in the year it was created
  year: Prisma.sql`coalesce(phases."f_year", ARRAY[extract(year FROM b."createdAt")::int::text])`,
};

/**
 * `WITH base AS (…), …, facts AS (…)` for `user`. With `match` (lib/search/prepare.ts) only the pilots
 * whose search document matches are in it, ranked by lib/search/rank.ts (the words matched, where,
 * how rare, and whether the pilot reached a decision); without, rank is 0.
 * `needed`: the facts the caller filters or counts on (default all); only those are computed.
 * `ranked` false: rank is 0 for a caller that only counts (ranking reads every matching document).
 */
export function factsCte(user: SessionUser | null, match: SearchMatch | null, needed: readonly Facet[] = FACET_KEYS, ranked = true): Prisma.Sql {
  const search = match ? Prisma.sql`JOIN "PilotSearch" s ON s."pilotId" = p.id AND s."document" @@ ${match.query}::tsquery` : Prisma.empty;
  // Ranked in "facts", after the filters: a page ranks only the pilots its filters leave (the
  // planner pushes them down into "facts"), not every pilot the words match.
  const rank = match && ranked ? Prisma.sql`${scoreSql(Prisma.sql`r."document"`, "b", match.terms)}` : Prisma.sql`0::float8`;
  const rankJoin = match && ranked ? Prisma.sql` JOIN "PilotSearch" r ON r."pilotId" = b.id CROSS JOIN rarity` : Prisma.empty;
  const rarity = match && ranked ? Prisma.sql`, ${rarityCte(user, match.terms)}` : Prisma.empty;
  const sources = Object.entries(SOURCES).filter(([, s]) => s.facets.some((f) => needed.includes(f)));
  const joins = sources.filter(([name]) => name !== "stages").map(([name]) => Prisma.raw(` LEFT JOIN ${name} ON ${name}.id = b.id`));
  const columns = needed.map((f) => Prisma.sql`, ${FACT[f]} AS ${COLUMN[f]}`);
  // Materialised when the sources read it (the text match runs once); else inlined, so that the
  // filters on its own columns reach the scan.
  return Prisma.sql`WITH base AS ${sources.length ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`} (
    SELECT p.id, p."updatedAt" AS updated, p."communityId", p.status, p.technologies, p.domains, p.sdgs,
           p."leadOrganisationId", p."endedAt", p."createdAt"
      FROM "Pilot" p ${search}
     WHERE ${visiblePilotsSql(user, "p")}
  )${concat(sources.map(([, s]) => Prisma.sql`, ${s.sql}`))}${rarity},
  facts AS (
    SELECT b.id, b.updated, ${rank} AS rank${concat(columns)}
      FROM base b JOIN "Community" c ON c.id = b."communityId"${rankJoin}${concat(joins)}
  )`;
}

/** The facets with an active filter: what a query that only filters (and counts nothing) needs. */
export function filteredFacets(filters: Record<Facet, string[]>): Facet[] {
  return FACET_KEYS.filter((f) => filters[f].length > 0);
}

/** The WHERE condition of the active filters, leaving out `except` (a filter's own counts ignore it). */
export function filtersSql(filters: Record<Facet, string[]>, except?: Facet): Prisma.Sql {
  const parts = FACET_KEYS.filter((f) => f !== except && filters[f].length > 0).map((f) => Prisma.sql`${COLUMN[f]} && ${filters[f]}::text[]`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function facetColumn(f: Facet): Prisma.Sql {
  return COLUMN[f];
}
