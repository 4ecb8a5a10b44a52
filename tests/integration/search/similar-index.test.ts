// The similar-pilots backfill finds each pilot's candidates through an in-memory word and tag index
// (lib/search/similar-index.ts) and lets PostgreSQL score only those (decision 0033). That is a claim
// that the pruning never loses a pilot that belongs in a list, so it is held against the backfill it
// replaced, which ranked every pair (its ranking verbatim below; it stores as the backfill does): same entries, positions, scores and `truncated`,
// at the stored 40 and at 3 (more lists decided at their boundary), on generated data whose tags were
// varied so that every way into a list (a technology, a domain, a word, five shared SDGs) decides some.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db/connect";
import {
  BACKFILL_SETUP_SQL,
  backfillSimilar,
  INDEX_SQL,
  LIST_SIZE,
  storeRankedSql,
  type RawSession,
} from "../../../lib/search/similar-backfill";
import { buildSimilarIndex, type IndexedPilot } from "../../../lib/search/similar-index";
import { similarFixture } from "./similar-fixture";

const PILOTS = 600;
let db: Database;
let session: RawSession;
let closeSession = async () => undefined as void;
let ids: number[] = [];

/** The backfill before the index: every pilot of the chunk ranked against every other pilot. */
function everyPairSql(lo: number, hi: number, k: number): string {
  return `
BEGIN;
TRUNCATE sim_rank;
INSERT INTO sim_rank ("pilotId", position, "similarId", score)
SELECT a.id, row_number() OVER (PARTITION BY a.id ORDER BY r.score DESC, r.id DESC), r.id, r.score
  FROM sim_doc a CROSS JOIN LATERAL (
    SELECT o.id, 2::float8 * (bit_count((a.tech & o.tech)::bit(64)) + bit_count((a.dom & o.dom)::bit(64)))
               + 0.5::float8 * bit_count((a.sdg & o.sdg)::bit(64))
               + 20::float8 * CASE WHEN a.words IS NULL THEN 0 ELSE ts_rank(o."document", a.words) END AS score
      FROM sim_doc o WHERE o.id <> a.id
     ORDER BY score DESC, o.id DESC LIMIT ${k + 1}) r
 WHERE a.id BETWEEN ${lo} AND ${hi} AND r.score >= 2.5::float8;
${storeRankedSql(lo, hi, k)}`;
}

/** Every stored entry and every list's `truncated`, in one comparable value. */
async function stored() {
  return {
    entries: await db.prisma.similarPilot.findMany({
      select: { pilotId: true, position: true, similarId: true, score: true },
      orderBy: [{ pilotId: "asc" }, { position: "asc" }],
    }),
    lists: await db.prisma.similarPilotList.findMany({
      select: { pilotId: true, truncated: true },
      orderBy: { pilotId: "asc" },
    }),
  };
}

beforeAll(async () => {
  ({ db } = await similarFixture(PILOTS));
  ids = (await db.prisma.pilot.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  // One pilot like nobody else: words no one uses, no tags, so its list is empty and complete.
  await db.prisma.pilot.update({
    where: { id: ids[45] },
    data: { title: "Kvarkfnug", problem: "Zorbelig.", hypothesis: "", technologies: [], domains: [], sdgs: [] },
  });
  const adapter = await db.adapterFactory.connect();
  // One session for the backfill's temporary tables; reads may go through any connection.
  session = { exec: (sql) => adapter.executeScript(sql), rows: (sql) => db.prisma.$queryRawUnsafe(sql) };
  if (db.engine === "server") closeSession = () => adapter.dispose();
}, 300_000);
afterAll(() => closeSession());

describe("similar pilots: the indexed backfill", () => {
  for (const k of [LIST_SIZE, 3]) {
    it(`stores exactly the lists that ranking every pair stores, at ${k} per pilot`, async () => {
      await backfillSimilar([session], { min: ids[0], max: ids.at(-1)! }, { chunk: 150, k });
      const indexed = await stored();

      await session.exec(BACKFILL_SETUP_SQL);
      for (let lo = ids[0]; lo <= ids.at(-1)!; lo += 150) await session.exec(everyPairSql(lo, lo + 149, k));
      const everyPair = await stored();

      expect(indexed).toEqual(everyPair);
      // Not vacuous: every pilot has a list, most are full, some are truncated, one is empty, and
      // some entries got in without a shared technology or domain (words or SDGs alone).
      expect(everyPair.lists.length).toBe(ids.length);
      expect(everyPair.entries.length).toBeGreaterThan(ids.length * k * 0.8);
      expect(everyPair.lists.some((l) => l.truncated)).toBe(true);
      expect(everyPair.lists.find((l) => l.pilotId === ids[45])).toEqual({ pilotId: ids[45], truncated: false });
      expect(everyPair.entries.some((e) => e.pilotId === ids[45])).toBe(false);
      const [{ untagged }] = await db.prisma.$queryRaw<{ untagged: number }[]>`
        SELECT count(*)::int AS untagged FROM "SimilarPilot" s
          JOIN "Pilot" a ON a.id = s."pilotId" JOIN "Pilot" o ON o.id = s."similarId"
         WHERE NOT coalesce(a.technologies && o.technologies, false) AND NOT coalesce(a.domains && o.domains, false)`;
      expect(untagged).toBeGreaterThan(0);
    }, 300_000);
  }

  it("estimates every qualifying pair's score exactly as PostgreSQL computes it", async () => {
    const index = buildSimilarIndex(await session.rows<IndexedPilot>(INDEX_SQL));
    const sample = ids.filter((_, i) => i % 10 === 1); // 60 pilots × 599 others
    const exact = await db.prisma.$queryRawUnsafe<{ a: number; o: number; score: number }[]>(`
      WITH d AS (
        SELECT p.id, p.technologies, p.domains, p.sdgs, s."document",
               (SELECT string_agg('''' || replace(w, '''', '''''') || '''', ' | ')
                  FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
                 WHERE length(w) >= 4 AND position(chr(92) IN w) = 0)::tsquery AS words
          FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id)
      SELECT * FROM (
        SELECT a.id AS a, o.id AS o,
               2::float8 * cardinality(ARRAY(SELECT unnest(o.technologies) INTERSECT SELECT unnest(a.technologies)) ||
                                       ARRAY(SELECT unnest(o.domains) INTERSECT SELECT unnest(a.domains)))
               + 0.5::float8 * cardinality(ARRAY(SELECT unnest(o.sdgs) INTERSECT SELECT unnest(a.sdgs)))
               + 20::float8 * CASE WHEN a.words IS NULL THEN 0 ELSE ts_rank(o."document", a.words) END AS score
          FROM d a JOIN d o ON o.id <> a.id
         WHERE a.id IN (${sample.join(",")})) x
       WHERE score >= 2.5 ORDER BY a, o`);
    const estimated: { a: number; o: number; score: number }[] = [];
    for (const a of sample) {
      const found = index.candidates(index.ids.indexOf(a), PILOTS); // no pruning but the threshold
      found.ids.forEach((o, i) => estimated.push({ a, o, score: found.estimates[i] }));
    }
    estimated.sort((x, y) => x.a - y.a || x.o - y.o);
    expect(exact.length).toBeGreaterThan(sample.length * 100);
    // Bit for bit, although the backfill only needs them within ESTIMATE_SLACK.
    expect(estimated.filter((e) => e.score >= 2.5)).toEqual(exact);
  }, 120_000);
});
