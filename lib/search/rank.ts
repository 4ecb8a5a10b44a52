// How a pilot is ranked against a search, the same for every surface (catalogue, "Hvem har prøvet
// det?", the API list and the export): by how many of the words it matches and which, where it matches
// them, and whether it reached a decision. Per word, the place it is found — title (weight A), the
// problem, hypothesis and tags (B), or the rest of its story (C: results, lessons, stop reports, gate
// rationales) — times how rare the word is among the pilots the reader may see (a word nearly every
// pilot has says little: "kommune"); summed over the words; times a boost for pilots that adopted a
// solution or stopped with a stop report, because those have the most to teach. Decision record 0027.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";

/** Where a word was found: the title counts most, the problem and hypothesis next, the rest of the story least. */
export const FIELD_WEIGHTS = { title: 1, problem: 0.6, story: 0.3 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;
/** Adopted, or stopped with a stop report: a decision was reached, and what came of it is written down. */
export const DECIDED_BOOST = 1.5;

/**
 * The search's words, each as its own tsquery (lib/search/query.ts, termTsquery), and the vocabulary
 * words it stands for (exact lexemes, and prefixes), by which its rarity is looked up.
 */
export type RankTerms = { word: string; query: string; lexemes: string[]; prefixes: string[] }[];

/** Per word, the weight of the best place `doc` (a search document) matches it in, 0 when it does not. */
export function fieldWeightsSql(doc: Prisma.Sql, terms: RankTerms): Prisma.Sql[] {
  return terms.map(
    (t) => Prisma.sql`(CASE WHEN ts_filter(${doc}, '{a}') @@ ${t.query}::tsquery THEN ${FIELD_WEIGHTS.title}::float8
                         WHEN ts_filter(${doc}, '{b}') @@ ${t.query}::tsquery THEN ${FIELD_WEIGHTS.problem}::float8
                         WHEN ${doc} @@ ${t.query}::tsquery THEN ${FIELD_WEIGHTS.story}::float8 ELSE 0::float8 END)`,
  );
}

/**
 * `rarity AS (…)`: one row with, per word, ln(1 + visible pilots ÷ pilots that have it). How many have
 * it is read from the vocabulary's document counts (SearchWord.ndoc: the most frequent of the word's
 * forms, at most the visible total), not by counting documents: a common word ("sensor" and its 40
 * compounds) matches nearly every document, and counting them read every document (150–180 ms at
 * 20,000 pilots). The vocabulary counts drafts too; it only weighs words against each other and is
 * never shown (decision 0027).
 */
export function rarityCte(user: SessionUser | null, terms: RankTerms): Prisma.Sql {
  // PilotFacts carries the visibility columns in a narrow row (decision 0027): an index-only count.
  const total = Prisma.sql`(SELECT count(*) FROM "PilotFacts" p WHERE ${visiblePilotsSql(user, "p")})`;
  const having = (t: RankTerms[number]) =>
    Prisma.sql`(SELECT max(w.ndoc) FROM "SearchWord" w WHERE w.word = ANY(${t.lexemes}::text[])
                  OR w.word LIKE ANY(ARRAY(SELECT p || '%' FROM unnest(${t.prefixes}::text[]) AS p)))`;
  const columns = terms.map(
    (t, i) =>
      Prisma.sql`ln(1 + n.total::float8 / greatest(least(${having(t)}, n.total), 1)::float8) AS ${Prisma.raw(`r${i}`)}`,
  );
  // OFFSET 0 keeps the count a subquery of its own, computed once, not once per word.
  return Prisma.sql`rarity AS MATERIALIZED (SELECT ${Prisma.join(columns)} FROM (SELECT ${total} AS total OFFSET 0) n)`;
}

/** The boost for the pilot row `b` (needs its status and id). */
export function decidedSql(alias: string): Prisma.Sql {
  const b = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${b}.status = 'ADOPTED' OR (${b}.status = 'STOPPED' AND EXISTS (
      SELECT 1 FROM "Lesson" l WHERE l."pilotId" = ${b}.id AND l.kind = 'STOP_REPORT')))`;
}

/** The score of the pilot row `alias` whose search document is `doc`; needs `rarity` in the FROM list. */
export function scoreSql(doc: Prisma.Sql, alias: string, terms: RankTerms): Prisma.Sql {
  const parts = fieldWeightsSql(doc, terms).map((w, i) => Prisma.sql`${w} * rarity.${Prisma.raw(`r${i}`)}`);
  return Prisma.sql`((${Prisma.join(parts, " + ")}) * CASE WHEN ${decidedSql(alias)} THEN ${DECIDED_BOOST}::float8 ELSE 1::float8 END)`;
}

/** For the few rows of a shown page: per word, where it was found (title, problem, story), or null. */
export function matchedFieldsSql(doc: Prisma.Sql, terms: RankTerms): Prisma.Sql {
  const names = fieldWeightsSql(doc, terms).map(
    (
      w,
    ) => Prisma.sql`(CASE ${w} WHEN ${FIELD_WEIGHTS.title}::float8 THEN 'title' WHEN ${FIELD_WEIGHTS.problem}::float8 THEN 'problem'
                        WHEN ${FIELD_WEIGHTS.story}::float8 THEN 'story' END)`,
  );
  return terms.length ? Prisma.sql`ARRAY[${Prisma.join(names)}]` : Prisma.sql`ARRAY[]::text[]`;
}

/** A page row's matches as the reader sees them: the words found, in the order typed, with where. */
export function matchedWords(terms: RankTerms, fields: (string | null)[] | null): { word: string; field: Field }[] {
  return terms.flatMap((t, i) => (fields?.[i] ? [{ word: t.word, field: fields[i] as Field }] : []));
}
