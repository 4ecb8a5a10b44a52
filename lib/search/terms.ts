// From query words to search terms, in two round trips: each word is stemmed by PostgreSQL's `danish`
// configuration (so "målerne" and "måler" both become 'mål'); a stem that no document contains — not as
// a word, not as the start of a longer compound, not as a part of one — is replaced by the closest known
// words or compound parts by trigram similarity (pg_trgm): "vandstnd" becomes 'vandstand', "regnvnd"
// the part 'regnvand'. Then each stem also finds the compounds it is a part of (SearchWordPart,
// lib/search/compounds.ts): "sensorer" finds "faldsensorer" and "parkeringssensorer".
import "server-only";
import { prisma } from "../db";
import {
  PREFIX_MIN_LENGTH,
  allOfQuery,
  phraseQuery,
  queryWords,
  subjectWords,
  termTsquery,
  type Alternative,
  type Term,
} from "./query";
import { syncWordParts } from "./compounds";
import { danishDictionary, splitCompound } from "./compound-split";
import { searchSynonyms } from "./synonyms";

/** Below this, two words share too little to be the same word mistyped. */
const MIN_SIMILARITY = 0.45;
/** Only the best few, and only those nearly as close as the best: "vandstnd" means vandstand, not vand. */
const MAX_CORRECTIONS = 3;
const NEAR_BEST = 0.05;
/** Stems shorter than this are left alone: too short to tell a typo from another word. */
const MIN_CORRECTABLE = 4;
/** The compounds a stem is a part of, most frequent first: enough for real vocabularies, not a tsquery of hundreds. */
const MAX_COMPOUNDS = 40;
/**
 * A compound the user typed is also found with its parts apart ("lækagealarm": lækage … alarm) when
 * every part has at least this many letters; shorter parts ("vand|stand") are too common to mean it.
 */
const MIN_APART_PART = 5;

/** A correction candidate: the stem searched for, and how to show it (a compound part as the dictionary spells it). */
type Near = { stem: string; label: string };
type Row = { ord: bigint; word: string; lexeme: string | null; known: boolean; near: Near[] | null };

export type Correction = { word: string; to: { label: string; query: string }[] };
/** A word (or words) of the query that a synonym group names, and the other words searched for with it. */
export type SynonymUse = { word: string; also: string[] };
export type ResolvedQuery = { terms: Term[]; corrections: Correction[]; synonyms: SynonymUse[] };

/** Where a synonym group's entry occurs in the query: at `at`, over `length` words, and the group's other entries. */
type SynonymMatch = { at: number; length: number; entry: string; others: string[] };

/** Each entry of each group as stems in order, matched against the query's stems as a run of words. */
function matchSynonyms(queryStems: string[], groups: string[][], stemOf: (w: string) => string): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  const taken = new Set<number>();
  // Longer entries first, so "kunstig intelligens" is one match, not a match of "intelligens" alone.
  const entries = groups.flatMap((g) =>
    g.map((entry) => ({ entry, stems: queryWords(entry).map(stemOf), others: g.filter((x) => x !== entry) })),
  );
  entries.sort((a, b) => b.stems.length - a.stems.length);
  for (const e of entries) {
    if (e.stems.length === 0) continue;
    for (let at = 0; at + e.stems.length <= queryStems.length; at++) {
      const span = e.stems.map((_, k) => at + k);
      if (span.some((i) => taken.has(i)) || !e.stems.every((st, k) => queryStems[at + k] === st)) continue;
      const same = matches.find((m) => m.at === at && m.length === e.stems.length);
      if (same) same.others.push(...e.others.filter((o) => !same.others.includes(o) && o !== same.entry));
      else matches.push({ at, length: e.stems.length, entry: e.entry, others: [...e.others] });
    }
    for (const m of matches) for (let k = 0; k < m.length; k++) taken.add(m.at + k);
  }
  return matches.sort((a, b) => a.at - b.at);
}

async function stemsOf(words: string[]): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    SELECT t.ord, t.word, lex.lexeme, k.known,
           -- Only an unknown word is looked up by similarity (a known one is searched as written, and the
           -- trigram lookup was nearly all of this statement's time: 6 ms, against 0.2 ms without it).
           CASE WHEN length(lex.lexeme) >= ${MIN_CORRECTABLE} AND NOT k.known THEN (
             SELECT jsonb_agg(jsonb_build_object('stem', c.word, 'label', c.label) ORDER BY c.sim DESC, c.ndoc DESC, c.word) FROM (
               SELECT * FROM (
                 SELECT x.word, x.label, x.ndoc, similarity(x.word, lex.lexeme) AS sim, max(similarity(x.word, lex.lexeme)) OVER () AS best
                   FROM (SELECT w.word, w.word AS label, w.ndoc FROM "SearchWord" w WHERE w.word % lex.lexeme
                         UNION ALL
                         SELECT p.part, min(p.form), sum(w.ndoc)::int FROM "SearchWordPart" p JOIN "SearchWord" w ON w.word = p.word
                          WHERE p.part % lex.lexeme GROUP BY p.part) x
               ) y
               WHERE y.sim >= ${MIN_SIMILARITY} AND y.sim >= y.best - ${NEAR_BEST}
               ORDER BY y.sim DESC, y.ndoc DESC, y.word LIMIT ${MAX_CORRECTIONS}
             ) c
           ) END AS near
      FROM unnest(${words}::text[]) WITH ORDINALITY AS t(word, ord)
      LEFT JOIN LATERAL unnest(tsvector_to_array(to_tsvector('danish', t.word))) AS lex(lexeme) ON true
      -- Lexemes of letter/digit words hold no LIKE wildcards. A long stem is known as the start of a
      -- compound too, because the search matches it as a prefix (query.ts), and any stem as a part.
      LEFT JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchWord" w WHERE w.word = lex.lexeme
                           OR (length(lex.lexeme) >= ${PREFIX_MIN_LENGTH} AND w.word LIKE lex.lexeme || '%'))
                        OR EXISTS (SELECT 1 FROM "SearchWordPart" p WHERE p.part = lex.lexeme) AS known) k ON true
     ORDER BY t.ord`;
}

/**
 * The compounds each stem is a part of. A first part long enough to be matched as a prefix needs no
 * list ("vandstand:*"); a short one does ("vand" in "vandmål"), and so does every later part.
 */
async function compoundsOf(stems: string[]): Promise<Map<string, string[]>> {
  if (stems.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ part: string; words: string[] }[]>`
    SELECT part, array_agg(word ORDER BY ndoc DESC, word) AS words FROM (
      SELECT p.part, p.word, w.ndoc, row_number() OVER (PARTITION BY p.part ORDER BY w.ndoc DESC, p.word) AS n
        FROM "SearchWordPart" p JOIN "SearchWord" w ON w.word = p.word
       WHERE p.part = ANY(${stems}::text[]) AND (p.position > 0 OR length(p.part) < ${PREFIX_MIN_LENGTH})
    ) x WHERE n <= ${MAX_COMPOUNDS} GROUP BY part`;
  return new Map(rows.map((r) => [r.part, r.words]));
}

/** A stem as alternatives: itself (as a prefix when long enough), and the compounds it is a part of. */
function alternativesOf(stem: string, compounds: Map<string, string[]>): Alternative[] {
  return [
    { lexeme: stem, prefix: stem.length >= PREFIX_MIN_LENGTH },
    ...(compounds.get(stem) ?? []).map((w) => ({ lexeme: w, prefix: false })),
  ];
}

/** Dictionary words stemmed like the documents ("sensorer" → sensor). */
async function stemmed(words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ word: string; stem: string }[]>`
    SELECT w AS word, coalesce((tsvector_to_array(to_tsvector('danish', w)))[1], w) AS stem FROM unnest(${words}::text[]) AS w`;
  return new Map(rows.map((r) => [r.word, r.stem]));
}

/** `communityIds`: whose synonym groups apply besides those shared with all (lib/search/synonyms.ts). */
export async function resolveQuery(q: string, opts: { communityIds?: number[] } = {}): Promise<ResolvedQuery> {
  const words = subjectWords(queryWords(q));
  if (words.length === 0) return { terms: [], corrections: [], synonyms: [] };
  await syncWordParts();
  const [stems, groups] = await Promise.all([stemsOf(words), searchSynonyms(opts.communityIds ?? [])]);
  const rows = stems
    .filter((r): r is Row & { lexeme: string } => r.lexeme !== null) // a stop word narrows nothing
    // a word that is also a part of compounds is one correction, not two
    .map((r) => ({ ...r, near: r.near?.filter((n, i, all) => all.findIndex((m) => m.stem === n.stem) === i) ?? null }));
  const synonymStems = await stemmed([...new Set(groups.flat().flatMap((e) => queryWords(e)))]);
  const stemOf = (w: string) => synonymStems.get(w) ?? w;
  const synonyms = matchSynonyms(
    rows.map((r) => r.lexeme),
    groups,
    stemOf,
  );
  // A word a synonym group names is meant as written: it is searched with its synonyms, not corrected.
  for (const m of synonyms) for (let k = 0; k < m.length; k++) rows[m.at + k].known = true;
  const stemsPerRow = rows.map((r) => (r.known || !r.near?.length ? [r.lexeme] : r.near.map((n) => n.stem)));
  const dictionary = await danishDictionary();
  const apart = rows.map((r) => {
    const parts = r.known ? splitCompound(dictionary, r.lexeme) : null;
    return parts && parts.every((p) => p.length >= MIN_APART_PART) ? parts : null;
  });
  const partStems = await stemmed([...new Set(apart.flatMap((p) => p ?? []))]);
  const singleSynonyms = synonyms
    .flatMap((m) => m.others.map((o) => queryWords(o)))
    .filter((ws) => ws.length === 1)
    .map((ws) => stemOf(ws[0]));
  const compounds = await compoundsOf([...new Set([...stemsPerRow.flat(), ...partStems.values(), ...singleSynonyms])]);
  const terms: Term[] = [];
  const corrections: Correction[] = [];
  rows.forEach((r, i) => {
    const term = { word: r.word, alternatives: stemsPerRow[i].flatMap((s) => alternativesOf(s, compounds)) };
    const parts = apart[i];
    if (parts) {
      const query = allOfQuery(parts.map((p) => alternativesOf(partStems.get(p) ?? p, compounds)));
      term.alternatives.push({ lexeme: parts.join(" "), prefix: false, query });
    }
    terms.push(term);
    if (!r.known && r.near?.length) {
      corrections.push({
        word: r.word,
        to: r.near.map((n) => ({
          label: n.label,
          query: termTsquery({ word: n.stem, alternatives: alternativesOf(n.stem, compounds) })!,
        })),
      });
    }
  });
  // Synonyms join the term they name; a phrase ("kunstig intelligens") becomes one term of its words in a row.
  for (const m of [...synonyms].reverse()) {
    const others = m.others.map((o) => {
      const ws = queryWords(o).map(stemOf);
      return ws.length === 1
        ? alternativesOf(ws[0], compounds)
        : [{ lexeme: o, prefix: false, query: phraseQuery(ws) }];
    });
    const span = terms.slice(m.at, m.at + m.length);
    const own =
      m.length === 1
        ? span[0].alternatives
        : [
            {
              lexeme: m.entry,
              prefix: false,
              query: phraseQuery(rows.slice(m.at, m.at + m.length).map((r) => r.lexeme)),
            },
          ];
    terms.splice(m.at, m.length, { word: span.map((t) => t.word).join(" "), alternatives: [...own, ...others.flat()] });
  }
  return {
    terms,
    corrections,
    synonyms: synonyms.map((m) => ({
      word: rows
        .slice(m.at, m.at + m.length)
        .map((r) => r.word)
        .join(" "),
      also: m.others,
    })),
  };
}
