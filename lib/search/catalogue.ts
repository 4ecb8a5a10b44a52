// The catalogue: one page of the pilots a user may see that match the search and the filters, ranked,
// with highlighted snippets, and the count of every filter value under the other active filters.
// Everything is counted in SQL from the same "facts" (facts.ts), so counts and results always agree.
import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { database, prisma } from "../db";
import { readCache } from "../read-cache";
import { visibleParts } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";
import type { PilotStatus, PhaseKind } from "../generated/prisma/enums";
import { FACET_KEYS, CATALOGUE_PAGE_SIZE, type CatalogueParams, type Facet } from "./params";
import { factsCte, filtersSql, facetColumn, filteredFacets, phaseOfSql } from "./facts";
import { prepareSearch, type PreparedSearch } from "./prepare";
import { snippetSql, titleHeadlineSql, type SnippetSource } from "./snippet";
import { decidedSql, matchedFieldsSql, matchedWords, type Field } from "./rank";
import { answerCounts, answerPage, answersOfPilots, type AnswerHit } from "./answers";

export type CatalogueHit = {
  id: number;
  title: string; // with highlight markers when searching (lib/search/query.ts, splitMarks)
  status: PilotStatus;
  phase: PhaseKind | null;
  community: { slug: string; name: string };
  leadOrganisation: string;
  snippet: string;
  snippetSource: SnippetSource;
  /** Why it is listed: the words of the search it matches, in the order typed, and where. */
  matched: { word: string; field: Field }[];
  /** Adopted, or stopped with a stop report: ranked higher, because it has the most to teach. */
  decided: boolean;
  /** Its lessons and results that best match the search (at most two). */
  answers: AnswerHit[];
};

export type { SnippetSource };
export type FacetCounts = Record<Facet, { value: string; count: number }[]>;
export type CatalogueResult = {
  hits: CatalogueHit[];
  /** With `show`: the lessons and results themselves, instead of pilots. */
  answers: AnswerHit[] | null;
  /** Pilots, or with `show` the lessons and results shown. */
  total: number;
  pages: number;
  facets: FacetCounts;
  /** When searching: how many lessons and results of the filtered pilots match (the "Indhold" filter). */
  answerCounts: Record<"erfaringer" | "resultater", number> | null;
  search: PreparedSearch | null;
};

type CountRow = { facet: Facet | "_total"; value: string; n: number };

// Every facet counted in a branch of its own: a pilot contributes its values of facet f when it passes
// every active filter except f's own. Without a search "facts" is inlined into each branch, so each
// scans the narrow PilotFacts table for the one column it counts (20,000 pilots: 70–85 ms, where one
// materialised "facts" unnested through a lateral VALUES list took 165–205 ms, spilling to disk);
// with a search, or over a viewer's few own pilots, it is materialised: found once, counted per facet.
export function countsSql(
  user: SessionUser | null,
  search: PreparedSearch | null,
  filters: CatalogueParams["filters"],
  part?: { visible: Prisma.Sql; few: boolean },
): Prisma.Sql {
  const match = search?.match ?? null;
  const branches = FACET_KEYS.map(
    (f) => Prisma.sql`
    UNION ALL
    SELECT ${f}::text, v, count(*)::int FROM facts, unnest(${facetColumn(f)}) AS v WHERE ${filtersSql(filters, f)} GROUP BY v`,
  );
  return Prisma.sql`${factsCte(user, match, FACET_KEYS, false, {
    facts: match || part?.few ? "materialised" : "inlined",
    visible: part?.visible,
  })}
    SELECT '_total' AS facet, '' AS value, count(*)::int AS n FROM facts WHERE ${filtersSql(filters)}${Prisma.join(branches, "")}`;
}

/**
 * The counts, with `shared`: without a search, the part every viewer of this kind sees (every signed-in
 * member sees the shared pilots) is counted once per minute and write and shared between them, and
 * only what this viewer sees besides (their drafts, their secretariat's) is counted per request; the
 * two never overlap, so the sums are exact (decision 0036). The key is the statement's text and values.
 */
async function countRows(
  user: SessionUser | null,
  search: PreparedSearch | null,
  filters: CatalogueParams["filters"],
  shared: boolean,
): Promise<CountRow[]> {
  const parts = shared && !search?.match ? visibleParts(user, "f") : null;
  if (!parts) return prisma.$queryRaw<CountRow[]>(countsSql(user, search, filters));
  const common = countsSql(user, search, filters, { visible: parts.common, few: false });
  const cache = readCache<CountRow[]>("catalogue-counts", database(), { ttlMs: 60_000, max: 200 });
  const [everyone, own] = await Promise.all([
    cache.get(JSON.stringify([common.sql, common.values]), () => prisma.$queryRaw<CountRow[]>(common)),
    // A viewer's own drafts are few: found once (materialised), then counted per facet.
    parts.own ? prisma.$queryRaw<CountRow[]>(countsSql(user, search, filters, { visible: parts.own, few: true })) : [],
  ]);
  const sums = new Map<string, CountRow>();
  for (const r of [...everyone, ...own]) {
    const key = `${r.facet}\u0000${r.value}`;
    const seen = sums.get(key);
    sums.set(key, seen ? { ...seen, n: seen.n + r.n } : r);
  }
  return [...sums.values()];
}

// Ranked by relevance when searching, newest activity otherwise; id last so paging is stable. Only the
// facts an active filter needs are computed; the phase shown is looked up for the page's rows only.
export function pageSql(user: SessionUser | null, search: PreparedSearch | null, p: CatalogueParams): Prisma.Sql {
  const hl = search?.highlight ?? null;
  const terms = search?.match?.terms ?? [];
  return Prisma.sql`${factsCte(user, search?.match ?? null, filteredFacets(p.filters))},
    hits AS (SELECT id, rank, updated FROM facts WHERE ${filtersSql(p.filters)}
              ORDER BY rank DESC, updated DESC, id DESC LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${(p.page - 1) * CATALOGUE_PAGE_SIZE})
    SELECT h.id, ${hl ? titleHeadlineSql(hl) : Prisma.sql`p.title`} AS title, p.status::text AS status, upper((${phaseOfSql("p")})[1]) AS phase,
           c.slug, c.name AS "communityName", o.name AS lead, p.problem, ${hl ? snippetSql(hl) : Prisma.sql`NULL::text[]`} AS snippet,
           ${matchedFieldsSql(Prisma.sql`ps."document"`, terms)} AS matched, ${decidedSql("p")} AS decided
      FROM hits h JOIN "Pilot" p ON p.id = h.id JOIN "Community" c ON c.id = p."communityId"
      JOIN "Organisation" o ON o.id = p."leadOrganisationId" JOIN "PilotSearch" ps ON ps."pilotId" = p.id
     ORDER BY h.rank DESC, h.updated DESC, h.id DESC`;
}

type PageRow = {
  id: number;
  title: string;
  status: PilotStatus;
  phase: PhaseKind | null;
  slug: string;
  communityName: string;
  lead: string;
  problem: string;
  snippet: [SnippetSource, string] | null;
  matched: (string | null)[] | null;
  decided: boolean;
};

/** The problem's first words, when there is nothing to highlight. */
function lead(text: string, words = 30): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(" ")} …`;
}

/** The visible pilots that match the search and the filters, as `pilots AS (SELECT id …)`, for the answers. */
function pilotsCte(user: SessionUser | null, search: PreparedSearch, filters: CatalogueParams["filters"]): Prisma.Sql {
  return Prisma.sql`${factsCte(user, search.match, filteredFacets(filters), false)}, pilots AS (SELECT id FROM facts WHERE ${filtersSql(filters)})`;
}

async function run(user: SessionUser | null, p: CatalogueParams, shared: boolean): Promise<CatalogueResult> {
  const search = p.q ? await prepareSearch(user, p.q) : null;
  const searching = search?.match ? search : null;
  const showAnswers = Boolean(searching && p.show?.length);
  const [counts, rows, answerTally, answerHits] = await Promise.all([
    countRows(user, search, p.filters, shared),
    showAnswers ? Promise.resolve([] as PageRow[]) : prisma.$queryRaw<PageRow[]>(pageSql(user, search, p)),
    searching ? answerCounts(user, pilotsCte(user, searching, p.filters), searching) : null,
    showAnswers
      ? answerPage(user, pilotsCte(user, searching!, p.filters), searching!, p.show!, p.page, CATALOGUE_PAGE_SIZE)
      : null,
  ]);
  const nested = await answersOfPilots(
    user,
    rows.map((r) => r.id),
    search,
  );
  const facets = Object.fromEntries(
    FACET_KEYS.map((f) => [f, [] as { value: string; count: number }[]]),
  ) as FacetCounts;
  let total = 0;
  for (const r of counts) {
    if (r.facet === "_total") total = r.n;
    else facets[r.facet].push({ value: r.value, count: r.n });
  }
  const hits = rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    phase: r.phase,
    community: { slug: r.slug, name: r.communityName },
    leadOrganisation: r.lead,
    snippet: r.snippet?.[1] ?? lead(r.problem),
    snippetSource: r.snippet?.[0] ?? "problem",
    matched: matchedWords(search?.match?.terms ?? [], r.matched),
    decided: r.decided,
    answers: nested.get(r.id) ?? [],
  }));
  if (showAnswers) total = p.show!.reduce((n, v) => n + answerTally![v], 0);
  return {
    hits,
    answers: answerHits,
    total,
    pages: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)),
    facets,
    answerCounts: answerTally,
    search,
  };
}

// Keyed by user and the parameters as JSON, so a page and its <title> share one search per request.
const cached = cache((user: SessionUser | null, key: string, shared: boolean) =>
  run(user, JSON.parse(key) as CatalogueParams, shared),
);

/** `sharedCounts`: the catalogue page's counts may come from the shared count cache (countRows). */
export function searchCatalogue(
  user: SessionUser | null,
  params: CatalogueParams,
  opts: { sharedCounts?: boolean } = {},
): Promise<CatalogueResult> {
  return cached(user, JSON.stringify(params), opts.sharedCounts ?? false);
}
