// Fills every pilot's stored "similar pilots" list at once (bench data, `npm run similar:backfill`),
// instead of calling similar_compute 20,000 times: that function scores one pilot's candidates with
// array INTERSECTs per row (~0.6 s each at 20,000 pilots), here the tags become bit masks once and each
// chunk of pilots is ranked against one temporary table. Same score expression, same float operations,
// same order (score desc, id desc), so the same lists: tests/integration/search/similar-stored.test.ts.
// Plain SQL on one session (temporary tables), no server-only imports: scripts run it with tsx.

/** Stored neighbours per pilot: an anonymous visitor sees ~30 % of pilots, so 40 still hold 4 for them. */
export const LIST_SIZE = 40;

export type RawSession = { exec(sql: string): Promise<void> };

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
CREATE TEMP TABLE sim_rank ("pilotId" int, position int, "similarId" int, score float8);`;

/** Ranks the pilots with ids in [lo, hi] and replaces their lists, in one transaction per chunk. */
export function backfillChunkSql(lo: number, hi: number, k = LIST_SIZE): string {
  if (![lo, hi, k].every(Number.isInteger)) throw new Error("backfillChunkSql: whole numbers only");
  // The score exactly as similar_compute writes it: 2·shared tags + 0.5·shared SDGs + 20·ts_rank.
  // Masks count distinct shared tags, as INTERSECT does; tag sets of more than 64 values are refused.
  return `
BEGIN;
TRUNCATE sim_rank;
INSERT INTO sim_rank
SELECT a.id, row_number() OVER (PARTITION BY a.id ORDER BY r.score DESC, r.id DESC), r.id, r.score
  FROM sim_doc a CROSS JOIN LATERAL (
    SELECT o.id, 2::float8 * (bit_count((a.tech & o.tech)::bit(64)) + bit_count((a.dom & o.dom)::bit(64)))
               + 0.5::float8 * bit_count((a.sdg & o.sdg)::bit(64))
               + 20::float8 * CASE WHEN a.words IS NULL THEN 0 ELSE ts_rank(o."document", a.words) END AS score
      FROM sim_doc o WHERE o.id <> a.id
     ORDER BY score DESC, o.id DESC LIMIT ${k + 1}) r
 WHERE a.id BETWEEN ${lo} AND ${hi} AND r.score >= 2.5::float8;
DELETE FROM "SimilarPilot" WHERE "pilotId" BETWEEN ${lo} AND ${hi};
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
 * in chunks of `chunk` pilot ids. Pilots added meanwhile get their list on first view.
 */
export async function backfillSimilar(
  sessions: RawSession[],
  ids: { min: number; max: number },
  opts: { chunk?: number; onChunk?: (done: number, total: number) => void } = {},
): Promise<void> {
  const chunk = opts.chunk ?? 100;
  const tagCheck = `DO $$ BEGIN IF (SELECT count(*) FROM sim_tag) > 64 THEN RAISE EXCEPTION 'more than 64 tags: widen the masks'; END IF; END $$;`;
  await Promise.all(sessions.map((s) => s.exec(BACKFILL_SETUP_SQL + tagCheck)));
  const ranges: [number, number][] = [];
  for (let lo = ids.min; lo <= ids.max; lo += chunk) ranges.push([lo, Math.min(ids.max, lo + chunk - 1)]);
  let done = 0;
  await Promise.all(
    sessions.map(async (s) => {
      for (let r = ranges.shift(); r; r = ranges.shift()) {
        await s.exec(backfillChunkSql(r[0], r[1]));
        opts.onChunk?.(++done, Math.ceil((ids.max - ids.min + 1) / chunk));
      }
    }),
  );
  await Promise.all(sessions.map((s) => s.exec("DROP TABLE IF EXISTS sim_doc, sim_tag, sim_rank")));
}
