// The pilots a user may see, each with every fact a catalogue filter looks at, as one SQL CTE named
// "facts". Computed from the source tables at query time, not kept in a side table, so a filter count
// can never be stale; every fact is a text[] so that filtering (&&) and counting (unnest) are uniform.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { FACET_KEYS, type Facet } from "./params";

/** Column of "facts" per filter (trusted identifiers, never user input). */
const COLUMN: Record<Facet, Prisma.Sql> = Object.fromEntries(FACET_KEYS.map((f) => [f, Prisma.raw(`"f_${f}"`)])) as Record<Facet, Prisma.Sql>;

// The organisations taking part in pilot p: its lead and its participants.
const ORGS = Prisma.sql`(SELECT p."leadOrganisationId" UNION SELECT pp."organisationId" FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id)`;

/**
 * `WITH facts AS (…)` for `user`. With `match` (a tsquery string from lib/search/query.ts) only the
 * pilots whose search document matches are in it, ranked by ts_rank_cd (normalised by document length
 * so a long history does not outweigh a title hit); without, rank is 0.
 */
export function factsCte(user: SessionUser | null, match: string | null): Prisma.Sql {
  const rank = match ? Prisma.sql`ts_rank_cd(s."document", ${match}::tsquery, 1)` : Prisma.sql`0::real`;
  const search = match ? Prisma.sql`JOIN "PilotSearch" s ON s."pilotId" = p.id AND s."document" @@ ${match}::tsquery` : Prisma.empty;
  return Prisma.sql`WITH facts AS (
    SELECT p.id, p."updatedAt" AS updated, ${rank} AS rank,
      ARRAY[c.slug] AS "f_community",
      ARRAY[lower(p.status::text)] AS "f_status",
      -- the phase it is in: the furthest one that has started (lib/pilots/phase-track.ts, currentPhase)
      ARRAY(SELECT lower(ph.kind::text) FROM "Phase" ph WHERE ph."pilotId" = p.id AND ph.status <> 'PLANNED'
             ORDER BY array_position(ARRAY['TEST', 'DEMONSTRATION', 'SCALE'], ph.kind::text) DESC LIMIT 1) AS "f_phase",
      ARRAY(SELECT DISTINCT lower(d.outcome::text) FROM "GateDecision" d JOIN "GateReview" r ON r.id = d."reviewId"
              JOIN "Phase" ph ON ph.id = r."phaseId" WHERE ph."pilotId" = p.id) AS "f_outcome",
      p.technologies AS "f_technology",
      p.domains AS "f_domain",
      p.sdgs::text[] AS "f_sdg",
      ARRAY(SELECT DISTINCT o."municipalityCode"::text FROM "Organisation" o
             WHERE o."municipalityCode" IS NOT NULL AND o.id IN ${ORGS}) AS "f_municipality",
      ARRAY(SELECT DISTINCT o."regionCode"::text FROM "Organisation" o
             WHERE o."regionCode" IS NOT NULL AND o.id IN ${ORGS}) AS "f_region",
      -- the years its phases span, cut at the day it ended (a stopped pilot never reached later phases);
      -- a pilot without phases counts in the year it was created
      coalesce(nullif(ARRAY(SELECT DISTINCT y::text FROM "Phase" ph,
               generate_series(extract(year FROM ph."plannedStart")::int,
                               extract(year FROM least(ph."plannedEnd", coalesce(p."endedAt"::date, ph."plannedEnd")))::int) AS y
             WHERE ph."pilotId" = p.id), '{}'), ARRAY[extract(year FROM p."createdAt")::int::text]) AS "f_year"
    FROM "Pilot" p
    JOIN "Community" c ON c.id = p."communityId"
    ${search}
    WHERE ${visiblePilotsSql(user, "p")}
  )`;
}

/** The WHERE condition of the active filters, leaving out `except` (a filter's own counts ignore it). */
export function filtersSql(filters: Record<Facet, string[]>, except?: Facet): Prisma.Sql {
  const parts = FACET_KEYS.filter((f) => f !== except && filters[f].length > 0).map((f) => Prisma.sql`${COLUMN[f]} && ${filters[f]}::text[]`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function facetColumn(f: Facet): Prisma.Sql {
  return COLUMN[f];
}
