// Keeps the compound parts of the vocabulary (SearchWordPart) in step with its words (SearchWord, kept
// by a database trigger from the search documents). The database cannot split a word (the dictionary
// is a JavaScript package), so the search splits the words that arrived since the last search before
// it looks anything up: usually none, one indexed query. Idempotent, so instances may race.
import "server-only";
import { prisma } from "../db";
import { danishDictionary, splitCompound } from "./compound-split";

/** Words split per round trip; a fresh benchmark vocabulary (~1,600 words) takes one. */
const BATCH = 2_000;

/** Splits every word not split yet; returns how many words were looked at. */
export async function syncWordParts(): Promise<number> {
  let seen = 0;
  for (;;) {
    const words = await prisma.$queryRaw<{ word: string }[]>`SELECT word FROM "SearchWord" WHERE NOT parted ORDER BY word LIMIT ${BATCH}`;
    if (words.length === 0) return seen;
    const dictionary = await danishDictionary();
    const rows = words.flatMap(({ word }) => (splitCompound(dictionary, word) ?? []).map((part, position) => ({ word, position, part })));
    // Parts are stemmed like the documents, so they compare with query stems; a word deleted meanwhile is skipped.
    await prisma.$transaction([
      prisma.$executeRaw`
        INSERT INTO "SearchWordPart" (word, position, part, form)
        SELECT x.word, x.position, coalesce((tsvector_to_array(to_tsvector('danish', x.part)))[1], x.part), x.part
          FROM unnest(${rows.map((r) => r.word)}::text[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.part)}::text[]) AS x(word, position, part)
          JOIN "SearchWord" w ON w.word = x.word
        ON CONFLICT (word, position) DO NOTHING`,
      prisma.$executeRaw`UPDATE "SearchWord" SET parted = true WHERE word = ANY(${words.map((w) => w.word)}::text[])`,
    ]);
    seen += words.length;
    if (words.length < BATCH) return seen;
  }
}
