// A search text, made ready for one user: the tsquery that selects pilots, the one that highlights,
// and the typo corrections worth telling them about.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { toTsquery } from "./query";
import { resolveQuery } from "./terms";

export type PreparedSearch = {
  /** null: no usable words (empty, or only stop words) — no text condition at all. */
  match: string | null;
  /** Any of the words: what snippets highlight, also in pilots found through only some of them. */
  highlight: string | null;
  /** "any" when no visible pilot has every word, so the search falls back to pilots with some of them. */
  mode: "all" | "any";
  corrections: { word: string; to: string[] }[];
};

async function anyVisibleMatch(user: SessionUser | null, query: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ hit: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
                    WHERE s."document" @@ ${query}::tsquery AND ${visiblePilotsSql(user, "p")}) AS hit`;
  return rows[0].hit;
}

/**
 * Only corrections to words this user can find are shown: the vocabulary holds words of every pilot,
 * drafts included, and naming a word that only a hidden draft contains would tell that it exists.
 */
async function visibleWords(user: SessionUser | null, words: string[]): Promise<Set<string>> {
  if (words.length === 0) return new Set();
  const rows = await prisma.$queryRaw<{ word: string }[]>`
    SELECT w.word FROM unnest(${words}::text[]) AS w(word)
     WHERE EXISTS (SELECT 1 FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
                    WHERE s."document" @@ quote_literal(w.word)::tsquery AND ${visiblePilotsSql(user, "p")})`;
  return new Set(rows.map((r) => r.word));
}

export async function prepareSearch(user: SessionUser | null, q: string): Promise<PreparedSearch> {
  const { terms, corrections } = await resolveQuery(q);
  const all = toTsquery(terms, "all");
  const any = toTsquery(terms, "any");
  if (!all || !any) return { match: null, highlight: null, mode: "all", corrections: [] };
  const mode = terms.length > 1 && !(await anyVisibleMatch(user, all)) ? "any" : "all";
  const shown = await visibleWords(user, corrections.flatMap((c) => c.to));
  return {
    match: mode === "all" ? all : any,
    highlight: any,
    mode,
    corrections: corrections.map((c) => ({ word: c.word, to: c.to.filter((w) => shown.has(w)) })).filter((c) => c.to.length > 0),
  };
}
