-- AlterTable
ALTER TABLE "PilotSearch" DROP COLUMN "decisions",
DROP COLUMN "lessons",
DROP COLUMN "results";

-- Hand-written: snippets are now cut from the source tables for the shown page only (lib/search), so the
-- refresh keeps just the document. Same weights and lock as before (migration …_search).
CREATE OR REPLACE FUNCTION "search_refresh_pilot"(pid integer) RETURNS void AS $$
DECLARE
  v_later text;
BEGIN
  PERFORM pg_advisory_xact_lock(727006);
  IF NOT EXISTS (SELECT 1 FROM "Pilot" WHERE id = pid) THEN
    DELETE FROM "PilotSearch" WHERE "pilotId" = pid;
    RETURN;
  END IF;
  SELECT concat_ws(E'\n',
           (SELECT string_agg(concat_ws(E'\n', l.title, l."whatWeDid", l."whatWeLearned", l."wouldDoDifferently", array_to_string(l.tags, ', ')), E'\n')
              FROM "Lesson" l WHERE l."pilotId" = pid),
           (SELECT string_agg(concat_ws(E'\n', r.title, r.body), E'\n')
              FROM "ResultEntry" r JOIN "Phase" ph ON ph.id = r."phaseId" WHERE ph."pilotId" = pid),
           (SELECT string_agg(d.rationale, E'\n')
              FROM "GateDecision" d JOIN "GateReview" gr ON gr.id = d."reviewId" JOIN "Phase" ph ON ph.id = gr."phaseId" WHERE ph."pilotId" = pid))
    INTO v_later;
  INSERT INTO "PilotSearch" ("pilotId", "document", "updatedAt")
  SELECT p.id,
         setweight(to_tsvector('danish', p.title), 'A')
      || setweight(to_tsvector('danish', concat_ws(E'\n', p.problem, p.hypothesis, array_to_string(p.technologies, ', '), array_to_string(p.domains, ', '))), 'B')
      || setweight(to_tsvector('danish', v_later), 'C'),
         now()
    FROM "Pilot" p WHERE p.id = pid
  ON CONFLICT ("pilotId") DO UPDATE SET "document" = EXCLUDED."document", "updatedAt" = EXCLUDED."updatedAt";
END;
$$ LANGUAGE plpgsql;

SELECT "search_refresh_pilot"(id) FROM "Pilot";
