// The pilots a user may see, each with every fact a catalogue filter looks at, as one SQL CTE named
// "facts"; every fact is a text[] so that filtering (&&) and counting (unnest) are uniform. The facts
// are columns of the narrow table PilotFacts, kept by triggers in the same transaction as every change
// of a pilot, its phases, decisions and participants (decision 0027): counting the filters of 20,000
// pilots reads that table alone, instead of grouping their phases, decisions and organisations at
// query time (0.6–0.9 s, decision 0020). A caller names the facts it needs.
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
const COLUMN: Record<Facet, Prisma.Sql> = Object.fromEntries(
  FACET_KEYS.map((f) => [f, Prisma.raw(`"f_${f}"`)]),
) as Record<Facet, Prisma.Sql>;

// The phase a pilot is in: the furthest one that has started (lib/pilots/phase-track.ts, currentPhase).
const TRACK = Prisma.sql`array_position(ARRAY['TEST', 'DEMONSTRATION', 'SCALE'], ph.kind::text)`;

/** The current phase of the pilot `alias` as `{kind}` or `{}`, for the few rows of a shown page. */
export function phaseOfSql(alias: string): Prisma.Sql {
  const id = Prisma.raw(`"${alias}".id`);
  return Prisma.sql`ARRAY(SELECT lower(ph.kind::text) FROM "Phase" ph WHERE ph."pilotId" = ${id} AND ph.status <> 'PLANNED'
                           ORDER BY ${TRACK} DESC LIMIT 1)`;
}

const EMPTY = Prisma.sql`'{}'::text[]`;
// Every fact is a column of PilotFacts (kept by triggers, migration …_pilot_facts), so no phase,
// decision or organisation is read to filter or count (decision 0027).
const FACT: Record<Facet, Prisma.Sql> = {
  community: Prisma.sql`ARRAY[c.slug]`,
  status: Prisma.sql`ARRAY[lower(b.status::text)]`,
  phase: Prisma.sql`CASE WHEN b.phase IS NULL THEN ${EMPTY} ELSE ARRAY[b.phase] END`,
  outcome: Prisma.sql`b.outcomes`,
  technology: Prisma.sql`b.technologies`,
  domain: Prisma.sql`b.domains`,
  sdg: Prisma.sql`b.sdgs`,
  municipality: Prisma.sql`b.municipalities`,
  region: Prisma.sql`b.regions`,
  year: Prisma.sql`b.years`,
};

const FACTS_CTE = {
  inlined: Prisma.raw("NOT MATERIALIZED"),
  materialised: Prisma.raw("MATERIALIZED"),
  default: Prisma.empty,
};

/**
 * `WITH base AS (…), …, facts AS (…)` for `user`. With `match` (lib/search/prepare.ts) only the pilots
 * whose search document matches are in it, ranked by lib/search/rank.ts (the words matched, where,
 * how rare, and whether the pilot reached a decision); without, rank is 0.
 * `needed`: the facts the caller filters or counts on (default all); only those are computed.
 * `ranked` false: rank is 0 for a caller that only counts (ranking reads every matching document).
 * `opts.facts`: "inlined" into every reference (each reads only the columns it needs), or "materialised"
 * once (when computing it is the costly part, as matching documents is); by default PostgreSQL decides.
 * `opts.visible`: a part of the user's visible pilots instead of all (lib/pilots/visibility.ts visibleParts).
 */
export function factsCte(
  user: SessionUser | null,
  match: SearchMatch | null,
  needed: readonly Facet[] = FACET_KEYS,
  ranked = true,
  opts: { facts?: "inlined" | "materialised"; visible?: Prisma.Sql } = {},
): Prisma.Sql {
  const search = match
    ? Prisma.sql`JOIN "PilotSearch" s ON s."pilotId" = f.id AND s."document" @@ ${match.query}::tsquery`
    : Prisma.empty;
  // Ranked in "facts", after the filters: a page ranks only the pilots its filters leave (the
  // planner pushes them down into "facts"), not every pilot the words match.
  const rank =
    match && ranked ? Prisma.sql`${scoreSql(Prisma.sql`r."document"`, "b", match.terms)}` : Prisma.sql`0::float8`;
  const rankJoin =
    match && ranked ? Prisma.sql` JOIN "PilotSearch" r ON r."pilotId" = b.id CROSS JOIN rarity` : Prisma.empty;
  const rarity = match && ranked ? Prisma.sql`, ${rarityCte(user, match.terms)}` : Prisma.empty;
  const columns = needed.map((f) => Prisma.sql`, ${FACT[f]} AS ${COLUMN[f]}`);
  // Inlined, so that the filters on its columns reach the scan of the narrow facts table.
  return Prisma.sql`WITH base AS NOT MATERIALIZED (
    SELECT f.id, f."updatedAt" AS updated, f."communityId", f.status, f.technologies, f.domains, f.sdgs,
           f.phase, f.outcomes, f.municipalities, f.regions, f.years
      FROM "PilotFacts" f ${search}
     WHERE ${opts.visible ?? visiblePilotsSql(user, "f")}
  )${rarity},
  facts AS ${FACTS_CTE[opts.facts ?? "default"]} (
    SELECT b.id, b.updated, ${rank} AS rank${concat(columns)}
      FROM base b JOIN "Community" c ON c.id = b."communityId"${rankJoin}
  )`;
}

/** The facets with an active filter: what a query that only filters (and counts nothing) needs. */
export function filteredFacets(filters: Record<Facet, string[]>): Facet[] {
  return FACET_KEYS.filter((f) => filters[f].length > 0);
}

/** The WHERE condition of the active filters, leaving out `except` (a filter's own counts ignore it). */
export function filtersSql(filters: Record<Facet, string[]>, except?: Facet): Prisma.Sql {
  const parts = FACET_KEYS.filter((f) => f !== except && filters[f].length > 0).map(
    (f) => Prisma.sql`${COLUMN[f]} && ${filters[f]}::text[]`,
  );
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

export function facetColumn(f: Facet): Prisma.Sql {
  return COLUMN[f];
}
