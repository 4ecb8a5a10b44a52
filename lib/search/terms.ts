// From query words to search terms, in one round trip: each word is stemmed by PostgreSQL's `danish`
// configuration (so "målerne" and "måler" both become 'mål'), and a stem that no document contains —
// not even as the start of a longer compound — is replaced by the closest known words by trigram
// similarity (pg_trgm over SearchWord): "vandstnd" becomes 'vandstand'.
import "server-only";
import { prisma } from "../db";
import { PREFIX_MIN_LENGTH, queryWords, subjectWords, type Term } from "./query";

/** Below this, two words share too little to be the same word mistyped. */
const MIN_SIMILARITY = 0.45;
/** Only the best few, and only those nearly as close as the best: "vandstnd" means vandstand, not vand. */
const MAX_CORRECTIONS = 3;
const NEAR_BEST = 0.05;
/** Stems shorter than this are left alone: too short to tell a typo from another word. */
const MIN_CORRECTABLE = 4;

type Row = { ord: bigint; word: string; lexeme: string | null; known: boolean; near: string[] | null };

export type ResolvedQuery = { terms: Term[]; corrections: { word: string; to: string[] }[] };

export async function resolveQuery(q: string): Promise<ResolvedQuery> {
  const words = subjectWords(queryWords(q));
  if (words.length === 0) return { terms: [], corrections: [] };
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT t.ord, t.word, lex.lexeme, k.known,
           -- Only an unknown word is looked up by similarity (a known one is searched as written, and the
           -- trigram lookup was nearly all of this statement's time: 6 ms, against 0.2 ms without it).
           CASE WHEN length(lex.lexeme) >= ${MIN_CORRECTABLE} AND NOT k.known THEN ARRAY(
             SELECT c.word FROM (
               SELECT w.word, w.ndoc, similarity(w.word, lex.lexeme) AS sim, max(similarity(w.word, lex.lexeme)) OVER () AS best
                 FROM "SearchWord" w WHERE w.word % lex.lexeme
             ) c
             WHERE c.sim >= ${MIN_SIMILARITY} AND c.sim >= c.best - ${NEAR_BEST}
             ORDER BY c.sim DESC, c.ndoc DESC, c.word LIMIT ${MAX_CORRECTIONS}
           ) END AS near
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, ord)
      LEFT JOIN LATERAL unnest(tsvector_to_array(to_tsvector('danish', t.word))) AS lex(lexeme) ON true
      -- Lexemes of letter/digit words hold no LIKE wildcards. A long stem is known as the start of a
      -- compound too, because the search matches it as a prefix (query.ts).
      LEFT JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchWord" w WHERE w.word = lex.lexeme
                           OR (length(lex.lexeme) >= ${PREFIX_MIN_LENGTH} AND w.word LIKE lex.lexeme || '%')) AS known) k ON true
     ORDER BY t.ord`;
  const terms: Term[] = [];
  const corrections: ResolvedQuery["corrections"] = [];
  for (const r of rows) {
    if (!r.lexeme) continue; // a stop word ("og", "i", "til"): it narrows nothing
    if (r.known || !r.near?.length) {
      terms.push({ word: r.word, alternatives: [{ lexeme: r.lexeme, prefix: r.lexeme.length >= PREFIX_MIN_LENGTH }] });
    } else {
      terms.push({ word: r.word, alternatives: r.near.map((lexeme) => ({ lexeme, prefix: lexeme.length >= PREFIX_MIN_LENGTH })) });
      corrections.push({ word: r.word, to: r.near });
    }
  }
  return { terms, corrections };
}
