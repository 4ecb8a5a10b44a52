// Turning what a person typed into a PostgreSQL tsquery, without ever letting their text become
// tsquery syntax: words are cut out with a Unicode letter/digit pattern, and every lexeme is quoted.
// Pure, so unit tests cover it without a database; lib/search/terms.ts feeds it the stems.

/** More words than this add nothing to a search but cost; longer "words" are not words. */
export const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 40;

/** A prefix match (`vandstand:*` also finds "vandstandssensorer") only for stems long enough to mean something. */
export const PREFIX_MIN_LENGTH = 5;

/** The words of a query, lower-cased, in order, without repeats. "VR/AR-briller" → ["vr", "ar", "briller"]. */
export function queryWords(q: string): string[] {
  const words = (q.toLocaleLowerCase("da-DK").match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (w) => w.length <= MAX_WORD_LENGTH,
  );
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Words that make a text a question or a request rather than name its subject ("Hvem har prøvet …",
 * "Hvordan kan vi …", "erfaring med …"), and prepositions PostgreSQL's Danish stop-word list keeps
 * ("ved"). They are left out when the text has other words: "oversvømmelse ved skybrud" is about
 * oversvømmelse and skybrud. Grammar, not vocabulary: the topic words come from the pilots' own texts.
 */
export const QUESTION_WORDS = new Set([
  "hvem",
  "hvad",
  "hvordan",
  "hvorfor",
  "hvornår",
  "hvilke",
  "hvilken",
  "hvilket",
  "nogen",
  "andre",
  "kan",
  "få",
  "får",
  "fik",
  "gør",
  "gøre",
  "gjorde",
  "prøve",
  "prøvet",
  "prøvede",
  "afprøvet",
  "erfaring",
  "erfaringer",
  "erfaringerne",
  "lære",
  "lært",
  "lærte",
  "tænke",
  "virker",
  "virke",
  "fungerer",
  "bruge",
  "brugt",
  "brugte",
  "ved",
  "omkring",
  "blandt",
  "mellem",
  "via",
]);

/** The words that carry the subject: `queryWords` without the question words, unless nothing else is left. */
export function subjectWords(words: string[]): string[] {
  const subject = words.filter((w) => !QUESTION_WORDS.has(w));
  return subject.length ? subject : words;
}

/**
 * One query word as the database understood it: its stem, or — for a typo — the known words it
 * resembles. An alternative with `query` is a tsquery fragment built here from quoted lexemes (never
 * from user text): a synonym of several words in a row, or a compound's parts found apart.
 */
export type Alternative = { lexeme: string; prefix: boolean; query?: string };
export type Term = { word: string; alternatives: Alternative[] };

/** A lexeme as a tsquery operand: quoted, with quotes and backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

function alternative(a: Alternative): string {
  return a.query ?? quoteLexeme(a.lexeme) + (a.prefix ? ":*" : "");
}

/** Lexemes in a row ("kunstig intelligens"), as a tsquery fragment. */
export function phraseQuery(lexemes: string[]): string {
  return lexemes.length === 1 ? quoteLexeme(lexemes[0]) : `(${lexemes.map(quoteLexeme).join(" <-> ")})`;
}

/** Every one of several alternatives' sets, anywhere in the text (a compound's parts found apart). */
export function allOfQuery(parts: Alternative[][]): string {
  return `(${parts.map((alts) => (alts.length === 1 ? alternative(alts[0]) : `(${alts.map(alternative).join(" | ")})`)).join(" & ")})`;
}

function operand(t: Term): string {
  const alts = [...new Set(t.alternatives.map(alternative))];
  return alts.length === 1 ? alts[0] : `(${alts.join(" | ")})`;
}

/** One term on its own as a tsquery: what the ranking asks of each document per word (lib/search/rank.ts). */
export function termTsquery(t: Term): string | null {
  return t.alternatives.length ? operand(t) : null;
}

/** Every term must match (`all`), or any of them (`any`, the fallback when no pilot has them all). */
export function toTsquery(terms: Term[], mode: "all" | "any"): string | null {
  const usable = terms.filter((t) => t.alternatives.length > 0);
  if (usable.length === 0) return null;
  return usable.map(operand).join(mode === "all" ? " & " : " | ");
}

// ts_headline marks matches with these two control characters (nobody types them; the triggers strip
// them from stored text). React turns them into <mark>, so user text is never parsed as HTML.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
export const HEADLINE_MARKERS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** "a \u0002b\u0003 c" → [{text:"a "},{text:"b",marked:true},{text:" c"}]. Unbalanced markers are dropped. */
export function splitMarks(s: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let buf = "";
  const flush = () => {
    if (buf) parts.push({ text: buf, marked });
    buf = "";
  };
  for (const ch of s) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      marked = ch === MARK_START;
    } else buf += ch;
  }
  flush();
  return parts;
}
