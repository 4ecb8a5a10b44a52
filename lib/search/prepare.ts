// A search text, made ready for one user: the tsquery that selects pilots, its words one by one for the
// rank, the one that highlights, and the typo corrections worth telling them about.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { termTsquery, toTsquery } from "./query";
import { resolveQuery } from "./terms";
import type { SearchMatch } from "./facts";

export type { SearchMatch };

export type PreparedSearch = {
  /** null: no usable words (empty, or only stop words) — no text condition at all. */
  match: SearchMatch | null;
  /** Any of the words: what snippets highlight, also in pilots found through only some of them. */
  highlight: string | null;
  /**
   * "any": pilots with any of the words, ranked by how many and which they match — for a question, and
   * when fewer than ANY_BELOW visible pilots have every word.
   */
  mode: "all" | "any";
  corrections: { word: string; to: string[] }[];
  /** Words searched together with what was typed, from the secretariats' synonym groups ("Søger også efter …"). */
  synonyms: { word: string; also: string[] }[];
};

/** An all-words search that finds fewer pilots than this also shows the pilots with some of the words. */
export const ANY_BELOW = 5;

async function visibleAllMatches(user: SessionUser | null, query: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
                    WHERE s."document" @@ ${query}::tsquery AND ${visiblePilotsSql(user, "p")} LIMIT ${ANY_BELOW}) x`;
  return rows[0].n;
}

/**
 * Only corrections to words this user can find are shown: the vocabulary holds words of every pilot,
 * drafts included, and naming a word that only a hidden draft contains would tell that it exists.
 * A correction is found through its tsquery (a compound part is in no document as a word of its own).
 */
async function visibleQueries(user: SessionUser | null, queries: string[]): Promise<Set<string>> {
  if (queries.length === 0) return new Set();
  const rows = await prisma.$queryRaw<{ query: string }[]>`
    SELECT w.query FROM unnest(${queries}::text[]) AS w(query)
     WHERE EXISTS (SELECT 1 FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
                    WHERE s."document" @@ w.query::tsquery AND ${visiblePilotsSql(user, "p")})`;
  return new Set(rows.map((r) => r.query));
}

/** `question`: the text is a question ("Hvem har prøvet …?"), so any of its words may answer it. */
export async function prepareSearch(
  user: SessionUser | null,
  q: string,
  opts: { question?: boolean } = {},
): Promise<PreparedSearch> {
  // A community's own synonym groups serve its people (their roles); groups shared with all serve everyone.
  const communityIds = [...new Set((user?.roles ?? []).map((r) => r.communityId))];
  const { terms, corrections, synonyms } = await resolveQuery(q, { communityIds });
  const all = toTsquery(terms, "all");
  const any = toTsquery(terms, "any");
  if (!all || !any) return { match: null, highlight: null, mode: "all", corrections: [], synonyms: [] };
  const several = terms.filter((t) => t.alternatives.length > 0).length > 1;
  const mode = several && (opts.question || (await visibleAllMatches(user, all)) < ANY_BELOW) ? "any" : "all";
  const shown = await visibleQueries(
    user,
    corrections.flatMap((c) => c.to.map((x) => x.query)),
  );
  const rankTerms = terms.flatMap((t) => {
    const query = termTsquery(t);
    const plain = t.alternatives.filter((a) => !a.query); // phrases and parts apart are weighed by the words they contain
    return query
      ? [
          {
            word: t.word,
            query,
            lexemes: plain.filter((a) => !a.prefix).map((a) => a.lexeme),
            prefixes: plain.filter((a) => a.prefix).map((a) => a.lexeme),
          },
        ]
      : [];
  });
  return {
    match: { query: mode === "all" ? all : any, terms: rankTerms },
    highlight: any,
    mode,
    corrections: corrections
      .map((c) => ({ word: c.word, to: c.to.filter((x) => shown.has(x.query)).map((x) => x.label) }))
      .filter((c) => c.to.length > 0),
    synonyms,
  };
}
