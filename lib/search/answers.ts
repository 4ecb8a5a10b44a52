// Lessons (stop reports included) and results as hits of their own: what another municipality
// learned is often the answer, not the pilot it belongs to. Each is found through its own document
// (LessonSearch, ResultSearch: title A, the rest B), ranked like a pilot (lib/search/rank.ts: the
// words, where, how rare, and a boost when its pilot reached a decision), and shown with its pilot.
// An answer is seen exactly by those who may see its pilot (PRODUCT.md rules 6 and 10): every query
// here starts from pilots that passed visiblePilotsSql for this user.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { HEADLINE_MARKERS } from "./query";
import { decidedSql, rarityCte, type RankTerms } from "./rank";
import { prepareSearch, type PreparedSearch } from "./prepare";
import { factsCte } from "./facts";
import { ANSWER_VIEWS, type AnswerView } from "./params";

export type AnswerKind = "lesson" | "stopReport" | "result";
export { ANSWER_VIEWS, type AnswerView };

export type AnswerHit = {
  kind: AnswerKind;
  id: number;
  pilot: { id: number; title: string };
  /** With highlight markers (lib/search/query.ts, splitMarks). */
  title: string;
  snippet: string;
  date: Date;
};

/** Where the reader opens it: the lesson on its pilot's lessons page, the result on its results page. */
export function answerHref(a: Pick<AnswerHit, "kind" | "id" | "pilot">): string {
  return a.kind === "result"
    ? `/piloter/${a.pilot.id}/resultater#resultat-${a.id}`
    : `/piloter/${a.pilot.id}/erfaringer#erfaring-${a.id}`;
}

const TITLE_WEIGHT = 1;
const BODY_WEIGHT = 0.6;
const HEADLINE = `MaxFragments=2, MinWords=8, MaxWords=24, FragmentDelimiter=" … ", ${HEADLINE_MARKERS}`;
const clean = (sql: Prisma.Sql) => Prisma.sql`translate(${sql}, E'\\x02\\x03', '')`;

function scoreSql(terms: RankTerms): Prisma.Sql {
  const parts = terms.map(
    (t, i) => Prisma.sql`(CASE WHEN ts_filter(s."document", '{a}') @@ ${t.query}::tsquery THEN ${TITLE_WEIGHT}::float8
                            WHEN s."document" @@ ${t.query}::tsquery THEN ${BODY_WEIGHT}::float8 ELSE 0::float8 END) * rarity.${Prisma.raw(`r${i}`)}`,
  );
  return Prisma.sql`((${Prisma.join(parts, " + ")}) * CASE WHEN ${decidedSql("p")} THEN 1.5::float8 ELSE 1::float8 END)`;
}

/**
 * `candidates AS (…)`: the lessons and results of the pilots in `pilots` (an SQL set of ids, already
 * visible to `user`) that match any of the search's words, with their score; `views` narrows the kinds.
 */
function candidatesSql(
  user: SessionUser | null,
  pilots: Prisma.Sql,
  search: PreparedSearch,
  views: readonly AnswerView[],
  scored = true,
): Prisma.Sql {
  const match = search.match!;
  const any = search.highlight!;
  // A count needs no score, and computing it reads every candidate's document.
  const score = scored ? scoreSql(match.terms) : Prisma.sql`0::float8`;
  const rarity = scored ? Prisma.sql` CROSS JOIN rarity` : Prisma.empty;
  const arms: Prisma.Sql[] = [];
  if (views.includes("erfaringer")) {
    arms.push(Prisma.sql`SELECT CASE WHEN l.kind = 'STOP_REPORT' THEN 'stopReport' ELSE 'lesson' END AS kind, l.id, l."pilotId", l."createdAt" AS date, ${score} AS score
      FROM "LessonSearch" s JOIN "Lesson" l ON l.id = s."lessonId" JOIN "Pilot" p ON p.id = s."pilotId"${rarity}
     WHERE s."pilotId" IN (${pilots}) AND s."document" @@ ${any}::tsquery AND ${visiblePilotsSql(user, "p")}`);
  }
  if (views.includes("resultater")) {
    arms.push(Prisma.sql`SELECT 'result' AS kind, r.id, s."pilotId", r."occurredOn"::timestamp AS date, ${score} AS score
      FROM "ResultSearch" s JOIN "ResultEntry" r ON r.id = s."resultId" JOIN "Pilot" p ON p.id = s."pilotId"${rarity}
     WHERE s."pilotId" IN (${pilots}) AND s."document" @@ ${any}::tsquery AND ${visiblePilotsSql(user, "p")}`);
  }
  const candidates = Prisma.sql`candidates AS MATERIALIZED (${arms.length ? Prisma.join(arms, " UNION ALL ") : Prisma.sql`SELECT NULL::text AS kind, 0 AS id, 0 AS "pilotId", now() AS date, 0::float8 AS score WHERE false`})`;
  return scored ? Prisma.sql`${rarityCte(user, match.terms)}, ${candidates}` : candidates;
}

/** The shown rows: title and excerpt highlighted, cut from the source texts for these few rows only. */
function shownSql(any: string): Prisma.Sql {
  return Prisma.sql`SELECT c.kind, c.id, c."pilotId", p.title AS "pilotTitle", c.date, c.score,
      ts_headline('danish', ${clean(Prisma.sql`coalesce(l.title, r.title)`)}, ${any}::tsquery, ${`HighlightAll=true, ${HEADLINE_MARKERS}`}) AS title,
      ts_headline('danish', ${clean(Prisma.sql`coalesce(concat_ws(E'\\n', l."whatWeLearned", l."whatWeDid", l."wouldDoDifferently"), r.body)`)}, ${any}::tsquery, ${HEADLINE}) AS snippet
    FROM picked c JOIN "Pilot" p ON p.id = c."pilotId"
    LEFT JOIN "Lesson" l ON c.kind <> 'result' AND l.id = c.id
    LEFT JOIN "ResultEntry" r ON c.kind = 'result' AND r.id = c.id`;
}

type Row = {
  kind: AnswerKind;
  id: number;
  pilotId: number;
  pilotTitle: string;
  date: Date;
  score: number;
  title: string;
  snippet: string;
};
const toHit = (r: Row): AnswerHit => ({
  kind: r.kind,
  id: r.id,
  pilot: { id: r.pilotId, title: r.pilotTitle },
  title: r.title,
  snippet: r.snippet,
  date: r.date,
});
const ORDER = Prisma.sql`score DESC, date DESC, kind, id DESC`;

/** The best `perPilot` answers of each of the given (shown, visible) pilots, best first. */
export async function answersOfPilots(
  user: SessionUser | null,
  pilotIds: number[],
  search: PreparedSearch | null,
  perPilot = 2,
): Promise<Map<number, AnswerHit[]>> {
  const out = new Map<number, AnswerHit[]>();
  if (!search?.match || !search.highlight || pilotIds.length === 0) return out;
  const rows = await prisma.$queryRaw<
    Row[]
  >`WITH ${candidatesSql(user, Prisma.sql`SELECT unnest(${pilotIds}::int[])`, search, ANSWER_VIEWS)},
    picked AS (SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY "pilotId" ORDER BY ${ORDER}) AS n FROM candidates) x WHERE n <= ${perPilot})
    ${shownSql(search.highlight)} ORDER BY c."pilotId", ${Prisma.sql`c.score DESC, c.date DESC, c.kind, c.id DESC`}`;
  for (const r of rows) out.set(r.pilotId, [...(out.get(r.pilotId) ?? []), toHit(r)]);
  return out;
}

/**
 * One page of the answers of the kinds in `views`, of the pilots in `pilots` (a CTE list ending in
 * `pilots AS (SELECT id …)`: visible pilot ids that match the search and the filters).
 */
export async function answerPage(
  user: SessionUser | null,
  pilotsCte: Prisma.Sql,
  search: PreparedSearch,
  views: readonly AnswerView[],
  page: number,
  pageSize: number,
): Promise<AnswerHit[]> {
  const rows = await prisma.$queryRaw<
    Row[]
  >`${pilotsCte}, ${candidatesSql(user, Prisma.sql`SELECT id FROM pilots`, search, views)},
    picked AS (SELECT * FROM candidates ORDER BY ${ORDER} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize})
    ${shownSql(search.highlight!)} ORDER BY c.score DESC, c.date DESC, c.kind, c.id DESC`;
  return rows.map(toHit);
}

/** How many lessons (with stop reports) and results of those pilots match: the "Indhold" filter's counts. */
export async function answerCounts(
  user: SessionUser | null,
  pilotsCte: Prisma.Sql,
  search: PreparedSearch,
): Promise<Record<AnswerView, number>> {
  const counts = await prisma.$queryRaw<
    { kind: AnswerKind; n: number }[]
  >`${pilotsCte}, ${candidatesSql(user, Prisma.sql`SELECT id FROM pilots`, search, ANSWER_VIEWS, false)}
    SELECT kind, count(*)::int AS n FROM candidates GROUP BY kind`;
  const n = (k: AnswerKind) => counts.find((c) => c.kind === k)?.n ?? 0;
  return { erfaringer: n("lesson") + n("stopReport"), resultater: n("result") };
}

/**
 * Lessons and results for a search text, for the API: the same answers, order and visibility as the
 * catalogue's "Indhold" view without filters.
 */
export async function searchAnswers(
  user: SessionUser | null,
  q: string,
  views: readonly AnswerView[],
  paging: { page: number; pageSize: number },
) {
  const search = await prepareSearch(user, q);
  if (!search.match) return { items: [] as AnswerHit[], total: 0 };
  const pilots = Prisma.sql`${factsCte(user, search.match, [], false)}, pilots AS (SELECT id FROM facts)`;
  const [items, counts] = await Promise.all([
    answerPage(user, pilots, search, views, paging.page, paging.pageSize),
    answerCounts(user, pilots, search),
  ]);
  return { items, total: views.reduce((n, v) => n + counts[v], 0) };
}
