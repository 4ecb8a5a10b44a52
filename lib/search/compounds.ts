// Keeps the compound parts of the vocabulary (SearchWordPart) in step with its words (SearchWord, kept
// by a database trigger from the search documents). The database cannot split a word (the dictionary
// is a JavaScript package), so the search splits the words that arrived since the last search before
// it looks anything up: usually none, one indexed query. Idempotent, so instances may race.
import "server-only";
import { prisma } from "../db";
import { danishDictionary, splitCompound } from "./compound-split";

/** Words split per round trip; a fresh benchmark vocabulary (~1,600 words) takes one. */
const BATCH = 2_000;

/**
 * Splits every word not split yet; returns how many words were split. Each batch holds the search lock
 * (727006, migration …_search) that the vocabulary's own trigger takes: two searches splitting at once
 * deadlocked on the word rows (foreign-key locks against the `parted` update), and so could a search
 * and a writer. Only tried, never waited for: while someone else holds it, the search goes ahead with
 * the parts there are, and a later search splits the rest.
 */
export async function syncWordParts(): Promise<number> {
  let split = 0;
  for (;;) {
    const pending = await prisma.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM (SELECT 1 FROM "SearchWord" WHERE NOT parted LIMIT 1) x`;
    if (pending[0].n === 0) return split;
    const dictionary = await danishDictionary();
    const done = await prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(727006) AS ok`;
        if (!lock.ok) return -1;
        const words = await tx.$queryRaw<
          { word: string }[]
        >`SELECT word FROM "SearchWord" WHERE NOT parted ORDER BY word LIMIT ${BATCH}`;
        const rows = words.flatMap(({ word }) =>
          (splitCompound(dictionary, word) ?? []).map((part, position) => ({ word, position, part })),
        );
        // Parts are stemmed like the documents, so they compare with query stems.
        await tx.$executeRaw`
        INSERT INTO "SearchWordPart" (word, position, part, form)
        SELECT x.word, x.position, coalesce((tsvector_to_array(to_tsvector('danish', x.part)))[1], x.part), x.part
          FROM unnest(${rows.map((r) => r.word)}::text[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.part)}::text[]) AS x(word, position, part)
        ON CONFLICT (word, position) DO NOTHING`;
        await tx.$executeRaw`UPDATE "SearchWord" SET parted = true WHERE word = ANY(${words.map((w) => w.word)}::text[])`;
        return words.length;
      },
      { timeout: 60_000 },
    );
    if (done < 0) return split;
    split += done;
    if (done < BATCH) return split;
  }
}
