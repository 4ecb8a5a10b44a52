// Fills every pilot's stored "similar pilots" list at once (bench data, `npm run similar:backfill`).
// Scoring every pair is quadratic (~45 min at 20,000 pilots), so an in-memory inverted index over the
// pilots' words and tags (./similar-index.ts) finds, per pilot, the few candidates that can be in its
// first LIST_SIZE + 1, with an estimate of each score; PostgreSQL then scores those pairs exactly,
// with the expression similar_compute uses (tags as bit masks, same float operations, same order:
// score desc, id desc), and refuses the chunk if an estimate was off by more than the index's slack.
// Same lists as scoring every pair: tests/integration/search/similar-index.test.ts (decision 0033).
// Plain SQL on one session (temporary tables), no server-only imports: scripts run it with tsx.
import { buildSimilarIndex, ESTIMATE_SLACK, type IndexedPilot } from "./similar-index";

/** Stored neighbours per pilot: an anonymous visitor sees ~30 % of pilots, so 40 still hold 4 for them. */
export const LIST_SIZE = 40;

export type RawSession = { exec(sql: string): Promise<void>; rows<T>(sql: string): Promise<T[]> };

/** The pilots' tags as bit masks (technologies and domains numbered over all pilots), documents and word queries. */
export const BACKFILL_SETUP_SQL = `
DROP TABLE IF EXISTS sim_doc, sim_tag, sim_rank;
CREATE TEMP TABLE sim_tag AS
  SELECT t, (row_number() OVER (ORDER BY t) - 1)::int AS bit
    FROM (SELECT unnest(technologies) AS t FROM "Pilot" UNION SELECT unnest(domains) FROM "Pilot") x;
CREATE TEMP TABLE sim_doc AS
SELECT p.id,
       (SELECT coalesce(bit_or(1::bigint << b.bit), 0) FROM sim_tag b WHERE b.t = ANY(p.technologies)) AS tech,
       (SELECT coalesce(bit_or(1::bigint << b.bit), 0) FROM sim_tag b WHERE b.t = ANY(p.domains)) AS dom,
       (SELECT coalesce(bit_or(1::bigint << g), 0) FROM unnest(p.sdgs) g) AS sdg,
       s."document",
       (SELECT string_agg('''' || replace(w, '''', '''''') || '''', ' | ')
          FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
         WHERE length(w) >= 4 AND position(chr(92) IN w) = 0)::tsquery AS words
  FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id;
CREATE INDEX ON sim_doc (id);
ANALYZE sim_doc;
CREATE TEMP TABLE sim_rank ("pilotId" int, position int, "similarId" int, score float8, estimate float8);`;

/** What the in-memory index reads: each pilot's tags, its query words, and its document's words and weights. */
export const INDEX_SQL = `
SELECT p.id, p.technologies, p.domains, p.sdgs,
       ARRAY(SELECT w FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
              WHERE length(w) >= 4 AND position(chr(92) IN w) = 0) AS words,
       ARRAY(SELECT u.lexeme FROM unnest(s."document") u) AS lexemes,
       ARRAY(SELECT coalesce(array_to_string(u.weights, ''), 'D') FROM unnest(s."document") u) AS weights
  FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id`;

/** Candidate pairs of a chunk: pilot, candidate, and the index's estimate of their score. */
export type Candidates = { pilotIds: number[]; similarIds: number[]; estimates: number[] };

/**
 * Scores a chunk's candidate pairs exactly (PostgreSQL's ts_rank) and replaces those pilots' lists,
 * in one transaction. `lo`..`hi` are the chunk's pilot ids: each gets a list, empty if no candidate.
 */
export function backfillChunkSql(lo: number, hi: number, c: Candidates, k = LIST_SIZE): string {
  if (![lo, hi, k].every(Number.isInteger) || ![...c.pilotIds, ...c.similarIds].every(Number.isInteger))
    throw new Error("backfillChunkSql: whole numbers only");
  if (!c.estimates.every(Number.isFinite)) throw new Error("backfillChunkSql: finite estimates only");
  // The score exactly as similar_compute writes it: 2·shared tags + 0.5·shared SDGs + 20·ts_rank.
  // Masks count distinct shared tags, as INTERSECT does; tag sets of more than 64 values are refused.
  return `
BEGIN;
TRUNCATE sim_rank;
INSERT INTO sim_rank
SELECT "pilotId", row_number() OVER (PARTITION BY "pilotId" ORDER BY score DESC, "similarId" DESC), "similarId", score, estimate
  FROM (SELECT a.id AS "pilotId", o.id AS "similarId", c.estimate,
               2::float8 * (bit_count((a.tech & o.tech)::bit(64)) + bit_count((a.dom & o.dom)::bit(64)))
               + 0.5::float8 * bit_count((a.sdg & o.sdg)::bit(64))
               + 20::float8 * CASE WHEN a.words IS NULL THEN 0 ELSE ts_rank(o."document", a.words) END AS score
          FROM unnest('{${c.pilotIds.join(",")}}'::int[], '{${c.similarIds.join(",")}}'::int[], '{${c.estimates.join(",")}}'::float8[])
               AS c(a, o, estimate)
          JOIN sim_doc a ON a.id = c.a JOIN sim_doc o ON o.id = c.o) x
 WHERE score >= 2.5::float8 OR abs(score - estimate) > ${ESTIMATE_SLACK}; -- a bad estimate is kept, to fail below
DO $$ DECLARE bad record; BEGIN
  SELECT * INTO bad FROM sim_rank WHERE abs(score - estimate) > ${ESTIMATE_SLACK} LIMIT 1;
  IF FOUND THEN RAISE EXCEPTION 'similar pilots: the index estimated % for pilots % and %, PostgreSQL scores %',
    bad.estimate, bad."pilotId", bad."similarId", bad.score; END IF;
END $$;
${storeRankedSql(lo, hi, k)}`;
}

/**
 * Replaces the lists of pilots `lo`..`hi` with the ranking in sim_rank (the first `k`; `truncated`
 * where there were more) and commits: the end of every chunk, whichever way it was ranked.
 */
export function storeRankedSql(lo: number, hi: number, k: number): string {
  return `DELETE FROM "SimilarPilot" WHERE "pilotId" BETWEEN ${lo} AND ${hi};
INSERT INTO "SimilarPilotList" ("pilotId", "computedAt", "stale", "truncated")
SELECT a.id, now(), false, EXISTS (SELECT 1 FROM sim_rank r WHERE r."pilotId" = a.id AND r.position > ${k})
  FROM sim_doc a WHERE a.id BETWEEN ${lo} AND ${hi}
ON CONFLICT ("pilotId") DO UPDATE SET "computedAt" = EXCLUDED."computedAt", "stale" = false, "truncated" = EXCLUDED."truncated";
INSERT INTO "SimilarPilot" ("pilotId", "position", "similarId", "score")
SELECT "pilotId", position, "similarId", score FROM sim_rank WHERE position <= ${k};
COMMIT;`;
}

/**
 * Every pilot's list, over `sessions` connections at once (each builds its own temporary tables),
 * in chunks of `chunk` pilot ids. The candidates come from one in-memory index over all pilots
 * (./similar-index.ts), built here from `sessions[0]`; each chunk's candidates are found while the
 * other sessions score theirs. Pilots added meanwhile get their list on first view.
 */
export async function backfillSimilar(
  sessions: RawSession[],
  ids: { min: number; max: number },
  opts: { chunk?: number; k?: number; onChunk?: (done: number, total: number) => void } = {},
): Promise<void> {
  const chunk = opts.chunk ?? 200;
  const k = opts.k ?? LIST_SIZE;
  const tagCheck = `DO $$ BEGIN IF (SELECT count(*) FROM sim_tag) > 64 THEN RAISE EXCEPTION 'more than 64 tags: widen the masks'; END IF; END $$;`;
  await Promise.all(sessions.map((s) => s.exec(BACKFILL_SETUP_SQL + tagCheck)));
  // Every pilot is a candidate, whichever lists are computed.
  const index = buildSimilarIndex(await sessions[0].rows<IndexedPilot>(INDEX_SQL));
  const position = new Map(index.ids.map((id, i) => [id, i]));
  const ranges: [number, number][] = [];
  for (let lo = ids.min; lo <= ids.max; lo += chunk) ranges.push([lo, Math.min(ids.max, lo + chunk - 1)]);
  const total = ranges.length;
  let done = 0;
  await Promise.all(
    sessions.map(async (s) => {
      for (let r = ranges.shift(); r; r = ranges.shift()) {
        const c: Candidates = { pilotIds: [], similarIds: [], estimates: [] };
        for (let id = r[0]; id <= r[1]; id++) {
          const at = position.get(id);
          if (at === undefined) continue;
          const found = index.candidates(at, k);
          for (let i = 0; i < found.ids.length; i++) {
            c.pilotIds.push(id);
            c.similarIds.push(found.ids[i]);
            c.estimates.push(found.estimates[i]);
          }
        }
        await s.exec(backfillChunkSql(r[0], r[1], c, k));
        opts.onChunk?.(++done, total);
      }
    }),
  );
  await Promise.all(sessions.map((s) => s.exec("DROP TABLE IF EXISTS sim_doc, sim_tag, sim_rank")));
}
