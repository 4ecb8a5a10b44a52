-- pg_trgm gives the trigram operators the word list's index below needs (hand-written, first).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "PilotSearch" (
    "pilotId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,
    "lessons" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "decisions" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PilotSearch_pkey" PRIMARY KEY ("pilotId")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "ndoc" INTEGER NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "PilotSearch_document_idx" ON "PilotSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "PilotSearch" ADD CONSTRAINT "PilotSearch_pilotId_fkey" FOREIGN KEY ("pilotId") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the search documents are kept by the database itself, so no write path of the app
-- (forms, API, seed, a future import) can forget to update them. lib/search reads them; docs/decisions/0008.

-- Rebuilds one pilot's document from its texts. Weights: title A; problem, hypothesis and tags B;
-- lessons (stop reports included), results and gate rationales C. \x02 and \x03 are removed because
-- lib/search uses them as highlight markers. The advisory lock serialises every refresh (and the word
-- counts below): two transactions adding lessons to one pilot at once must not each write a document
-- that misses the other's lesson, and word counts updated in two orders must not deadlock. Taking it
-- first, before any row lock, keeps the lock order the same everywhere.
CREATE FUNCTION "search_refresh_pilot"(pid integer) RETURNS void AS $$
DECLARE
  v_lessons text;
  v_results text;
  v_decisions text;
BEGIN
  PERFORM pg_advisory_xact_lock(727006);
  IF NOT EXISTS (SELECT 1 FROM "Pilot" WHERE id = pid) THEN
    DELETE FROM "PilotSearch" WHERE "pilotId" = pid;
    RETURN;
  END IF;
  SELECT coalesce(string_agg(concat_ws(E'\n', l.title, l."whatWeDid", l."whatWeLearned", l."wouldDoDifferently", array_to_string(l.tags, ', ')), E'\n\n' ORDER BY l.kind DESC, l.id), '')
    INTO v_lessons FROM "Lesson" l WHERE l."pilotId" = pid;
  SELECT coalesce(string_agg(concat_ws(E'\n', r.title, r.body), E'\n\n' ORDER BY r."occurredOn", r.id), '')
    INTO v_results FROM "ResultEntry" r JOIN "Phase" ph ON ph.id = r."phaseId" WHERE ph."pilotId" = pid;
  SELECT coalesce(string_agg(d.rationale, E'\n\n' ORDER BY d."decidedAt", d.id), '')
    INTO v_decisions FROM "GateDecision" d JOIN "GateReview" gr ON gr.id = d."reviewId" JOIN "Phase" ph ON ph.id = gr."phaseId" WHERE ph."pilotId" = pid;
  v_lessons := translate(v_lessons, E'\x02\x03', '');
  v_results := translate(v_results, E'\x02\x03', '');
  v_decisions := translate(v_decisions, E'\x02\x03', '');
  INSERT INTO "PilotSearch" ("pilotId", "document", "lessons", "results", "decisions", "updatedAt")
  SELECT p.id,
         setweight(to_tsvector('danish', p.title), 'A')
      || setweight(to_tsvector('danish', concat_ws(E'\n', p.problem, p.hypothesis, array_to_string(p.technologies, ', '), array_to_string(p.domains, ', '))), 'B')
      || setweight(to_tsvector('danish', concat_ws(E'\n', v_lessons, v_results, v_decisions)), 'C'),
         v_lessons, v_results, v_decisions, now()
    FROM "Pilot" p WHERE p.id = pid
  ON CONFLICT ("pilotId") DO UPDATE
    SET "document" = EXCLUDED."document", "lessons" = EXCLUDED."lessons", "results" = EXCLUDED."results",
        "decisions" = EXCLUDED."decisions", "updatedAt" = EXCLUDED."updatedAt";
END;
$$ LANGUAGE plpgsql;

-- The vocabulary follows the documents: a word enters with its first pilot and leaves with its last.
CREATE FUNCTION "search_words_follow"() RETURNS trigger AS $$
DECLARE
  old_words text[] := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN tsvector_to_array(OLD."document") ELSE '{}' END;
  new_words text[] := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN tsvector_to_array(NEW."document") ELSE '{}' END;
BEGIN
  PERFORM pg_advisory_xact_lock(727006);
  UPDATE "SearchWord" SET "ndoc" = "ndoc" - 1
   WHERE "word" IN (SELECT unnest(old_words) EXCEPT SELECT unnest(new_words));
  DELETE FROM "SearchWord" WHERE "ndoc" <= 0;
  INSERT INTO "SearchWord" ("word", "ndoc")
  SELECT w, 1 FROM (SELECT unnest(new_words) EXCEPT SELECT unnest(old_words)) AS added(w)
  ON CONFLICT ("word") DO UPDATE SET "ndoc" = "SearchWord"."ndoc" + 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PilotSearch_words" AFTER INSERT OR UPDATE OF "document" OR DELETE ON "PilotSearch"
  FOR EACH ROW EXECUTE FUNCTION "search_words_follow"();

-- One trigger function per source table: each finds the pilot the changed row belongs to.
CREATE FUNCTION "search_on_pilot"() RETURNS trigger AS $$
BEGIN
  PERFORM "search_refresh_pilot"(NEW.id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "search_on_lesson"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "search_refresh_pilot"(OLD."pilotId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."pilotId" <> OLD."pilotId") THEN
    PERFORM "search_refresh_pilot"(NEW."pilotId");
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "search_on_result"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "search_refresh_pilot"((SELECT "pilotId" FROM "Phase" WHERE id = OLD."phaseId"));
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."phaseId" <> OLD."phaseId") THEN
    PERFORM "search_refresh_pilot"((SELECT "pilotId" FROM "Phase" WHERE id = NEW."phaseId"));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "search_on_decision"() RETURNS trigger AS $$
BEGIN
  PERFORM "search_refresh_pilot"((SELECT ph."pilotId" FROM "GateReview" gr JOIN "Phase" ph ON ph.id = gr."phaseId" WHERE gr.id = NEW."reviewId"));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Pilot_search" AFTER INSERT OR UPDATE OF "title", "problem", "hypothesis", "technologies", "domains" ON "Pilot"
  FOR EACH ROW EXECUTE FUNCTION "search_on_pilot"();
CREATE TRIGGER "Lesson_search" AFTER INSERT OR UPDATE OR DELETE ON "Lesson"
  FOR EACH ROW EXECUTE FUNCTION "search_on_lesson"();
CREATE TRIGGER "ResultEntry_search" AFTER INSERT OR UPDATE OR DELETE ON "ResultEntry"
  FOR EACH ROW EXECUTE FUNCTION "search_on_result"();
-- Decisions are immutable once made (PRODUCT.md): inserts are all there is to follow.
CREATE TRIGGER "GateDecision_search" AFTER INSERT ON "GateDecision"
  FOR EACH ROW EXECUTE FUNCTION "search_on_decision"();

-- A database migrated with pilots already in it gets their documents now.
SELECT "search_refresh_pilot"(id) FROM "Pilot";
