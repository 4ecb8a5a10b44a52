-- CreateTable
CREATE TABLE "SimilarPilotList" (
    "pilotId" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "truncated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SimilarPilotList_pkey" PRIMARY KEY ("pilotId")
);

-- CreateTable
CREATE TABLE "SimilarPilot" (
    "pilotId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "similarId" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SimilarPilot_pkey" PRIMARY KEY ("pilotId","position")
);

-- CreateIndex
CREATE INDEX "SimilarPilot_similarId_idx" ON "SimilarPilot"("similarId");

-- AddForeignKey
ALTER TABLE "SimilarPilotList" ADD CONSTRAINT "SimilarPilotList_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarPilot" ADD CONSTRAINT "SimilarPilot_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "SimilarPilotList"("pilotId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SimilarPilot" ADD CONSTRAINT "SimilarPilot_similarId_fkey" FOREIGN KEY ("similarId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: lib/search/similar.ts reads these lists; docs/decisions/0019 explains the design.

-- Computes one pilot's list: the score of lib/search/similar.ts (2·shared technologies and domains +
-- 0.5·shared SDGs + 20·ts_rank of this pilot's title and problem words, from 2.5), for every pilot
-- whatever its visibility, best first (score desc, id desc), the first k stored. One more is ranked
-- only to learn whether the list is complete. No lock: callers serialise (similar_refresh) or own the
-- database (the bench generator). tests/integration/search/similar*.test.ts hold this equal to the
-- live query in lib/search/similar.ts: change the two together.
CREATE FUNCTION "similar_compute"(pid integer, k integer) RETURNS void AS $$
DECLARE
  beyond integer;
BEGIN
  DELETE FROM "SimilarPilot" WHERE "pilotId" = pid;
  IF NOT EXISTS (SELECT 1 FROM "Pilot" WHERE id = pid) THEN
    RETURN;
  END IF;
  INSERT INTO "SimilarPilotList" ("pilotId", "computedAt", "stale", "truncated") VALUES (pid, now(), false, false)
  ON CONFLICT ("pilotId") DO UPDATE SET "computedAt" = EXCLUDED."computedAt", "stale" = false, "truncated" = false;
  INSERT INTO "SimilarPilot" ("pilotId", "position", "similarId", "score")
  WITH me AS MATERIALIZED (
    SELECT p.id, p.technologies, p.domains, p.sdgs,
           (SELECT string_agg('''' || replace(w, '''', '''''') || '''', ' | ')
              FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
             WHERE length(w) >= 4 AND position(chr(92) IN w) = 0)::tsquery AS words
      FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
     WHERE p.id = pid
  ), candidates AS (
    SELECT id FROM "Pilot" WHERE technologies && (SELECT technologies FROM me)
    UNION SELECT id FROM "Pilot" WHERE domains && (SELECT domains FROM me)
    UNION SELECT "pilotId" FROM "PilotSearch" WHERE "document" @@ (SELECT words FROM me)
    UNION SELECT id FROM "Pilot" WHERE cardinality((SELECT sdgs FROM me)) >= 5 AND sdgs && (SELECT sdgs FROM me)
  ), scored AS MATERIALIZED (
    SELECT o.id,
           cardinality(ARRAY(SELECT unnest(o.technologies) INTERSECT SELECT unnest(me.technologies)) ||
                       ARRAY(SELECT unnest(o.domains) INTERSECT SELECT unnest(me.domains))) AS tags,
           cardinality(ARRAY(SELECT unnest(o.sdgs) INTERSECT SELECT unnest(me.sdgs))) AS sdgs,
           CASE WHEN me.words IS NULL THEN 0 ELSE ts_rank(os."document", me.words) END AS text
      FROM me
      JOIN candidates c ON c.id <> me.id
      JOIN "Pilot" o ON o.id = c.id
      JOIN "PilotSearch" os ON os."pilotId" = o.id
  )
  SELECT pid, row_number() OVER (ORDER BY score DESC, id DESC), id, score
    FROM (SELECT id, 2::float8 * tags + 0.5::float8 * sdgs + 20::float8 * text AS score FROM scored) x
   WHERE score >= 2.5::float8
   ORDER BY score DESC, id DESC
   LIMIT k + 1;
  DELETE FROM "SimilarPilot" WHERE "pilotId" = pid AND "position" > k;
  GET DIAGNOSTICS beyond = ROW_COUNT;
  IF beyond > 0 THEN
    UPDATE "SimilarPilotList" SET "truncated" = true WHERE "pilotId" = pid;
  END IF;
END;
$$ LANGUAGE plpgsql;

-- What a page view calls: recomputes unless a list that is not stale and younger than fresh_for
-- exists. The per-pilot advisory lock keeps concurrent views from computing the same list at once:
-- with wait they queue and then find it fresh; without wait (the refresh after a response) a busy
-- list is left to whoever holds it. Returns whether it computed.
CREATE FUNCTION "similar_refresh"(pid integer, k integer, fresh_for interval, wait boolean) RETURNS boolean AS $$
BEGIN
  IF wait THEN
    PERFORM pg_advisory_xact_lock(727019, pid);
  ELSIF NOT pg_try_advisory_xact_lock(727019, pid) THEN
    RETURN false;
  END IF;
  IF EXISTS (SELECT 1 FROM "SimilarPilotList" WHERE "pilotId" = pid AND NOT "stale" AND "computedAt" > now() - fresh_for) THEN
    RETURN false;
  END IF;
  PERFORM "similar_compute"(pid, k);
  RETURN true;
END;
$$ LANGUAGE plpgsql;

-- A pilot changed: lists that contain it hold a score that may no longer be right, and, if the words
-- or tags it is compared by changed, its own list too. Marked lists are recomputed on their next view
-- before they are shown. The search lock (727006, migration …_search) is taken first, so that two
-- writers mark overlapping sets of lists in one order and cannot deadlock.
CREATE FUNCTION "similar_mark_stale"(pid integer, own boolean) RETURNS void AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(727006);
  UPDATE "SimilarPilotList" SET "stale" = true
   WHERE NOT "stale"
     AND ("pilotId" IN (SELECT "pilotId" FROM "SimilarPilot" WHERE "similarId" = pid) OR (own AND "pilotId" = pid));
END;
$$ LANGUAGE plpgsql;

-- Its document is what others' lists rank; its title and problem words (weights A and B) are what its
-- own list is ranked by. A new document needs nothing: no list holds the pilot yet, and its own list
-- is computed on first view (others find it when theirs expire, lib/search/similar.ts).
CREATE FUNCTION "similar_on_search"() RETURNS trigger AS $$
BEGIN
  IF OLD."document" IS DISTINCT FROM NEW."document" THEN
    PERFORM "similar_mark_stale"(NEW."pilotId", ts_filter(OLD."document", '{a,b}') IS DISTINCT FROM ts_filter(NEW."document", '{a,b}'));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- SDGs are not in the document; technologies and domains are, but are compared as tags too.
CREATE FUNCTION "similar_on_pilot"() RETURNS trigger AS $$
BEGIN
  IF OLD.technologies IS DISTINCT FROM NEW.technologies OR OLD.domains IS DISTINCT FROM NEW.domains OR OLD.sdgs IS DISTINCT FROM NEW.sdgs THEN
    PERFORM "similar_mark_stale"(NEW.id, true);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PilotSearch_similar" AFTER UPDATE OF "document" ON "PilotSearch"
  FOR EACH ROW EXECUTE FUNCTION "similar_on_search"();
CREATE TRIGGER "Pilot_similar" AFTER UPDATE OF "technologies", "domains", "sdgs" ON "Pilot"
  FOR EACH ROW EXECUTE FUNCTION "similar_on_pilot"();

-- No backfill here: a list is computed on its pilot's first view (the demo's 33 pilots cost nothing);
-- a large existing database is filled by `npm run similar:backfill`, bench data by its generator.
