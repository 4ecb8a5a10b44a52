-- CreateTable
CREATE TABLE "LessonSearch" (
    "lessonId" INTEGER NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "LessonSearch_pkey" PRIMARY KEY ("lessonId")
);

-- CreateTable
CREATE TABLE "ResultSearch" (
    "resultId" INTEGER NOT NULL,
    "pilotId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ResultSearch_pkey" PRIMARY KEY ("resultId")
);

-- CreateIndex
CREATE INDEX "LessonSearch_pilotId_idx" ON "LessonSearch"("pilotId");

-- CreateIndex
CREATE INDEX "LessonSearch_document_idx" ON "LessonSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "ResultSearch_pilotId_idx" ON "ResultSearch"("pilotId");

-- CreateIndex
CREATE INDEX "ResultSearch_document_idx" ON "ResultSearch" USING GIN ("document");

-- AddForeignKey
ALTER TABLE "LessonSearch" ADD CONSTRAINT "LessonSearch_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSearch" ADD CONSTRAINT "ResultSearch_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "ResultEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the documents of lessons and results as hits of their own (lib/search/answers.ts,
-- decision 0022), kept by the database like the pilots' documents (migration …_search), so every write
-- path keeps them. One definition of each document, used by the triggers, the backfill below and the
-- benchmark generator (lib/bench/sql-history.ts).
CREATE FUNCTION "answer_lesson_document"(title text, did text, learned text, differently text, tags text[]) RETURNS tsvector AS $$
  SELECT setweight(to_tsvector('danish', title), 'A')
      || setweight(to_tsvector('danish', concat_ws(E'\n', did, learned, differently, array_to_string(tags, ', '))), 'B')
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION "answer_result_document"(title text, body text) RETURNS tsvector AS $$
  SELECT setweight(to_tsvector('danish', title), 'A') || setweight(to_tsvector('danish', body), 'B')
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION "answer_on_lesson"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "LessonSearch" ("lessonId", "pilotId", "document")
  VALUES (NEW.id, NEW."pilotId", "answer_lesson_document"(NEW.title, NEW."whatWeDid", NEW."whatWeLearned", NEW."wouldDoDifferently", NEW.tags))
  ON CONFLICT ("lessonId") DO UPDATE SET "pilotId" = EXCLUDED."pilotId", "document" = EXCLUDED."document";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "answer_on_result"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "ResultSearch" ("resultId", "pilotId", "document")
  VALUES (NEW.id, (SELECT "pilotId" FROM "Phase" WHERE id = NEW."phaseId"), "answer_result_document"(NEW.title, NEW.body))
  ON CONFLICT ("resultId") DO UPDATE SET "pilotId" = EXCLUDED."pilotId", "document" = EXCLUDED."document";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Deletes need no trigger: the rows go with their lesson or result (ON DELETE CASCADE).
CREATE TRIGGER "Lesson_answer" AFTER INSERT OR UPDATE OF "title", "whatWeDid", "whatWeLearned", "wouldDoDifferently", "tags", "pilotId" ON "Lesson"
  FOR EACH ROW EXECUTE FUNCTION "answer_on_lesson"();
CREATE TRIGGER "ResultEntry_answer" AFTER INSERT OR UPDATE OF "title", "body", "phaseId" ON "ResultEntry"
  FOR EACH ROW EXECUTE FUNCTION "answer_on_result"();

INSERT INTO "LessonSearch" ("lessonId", "pilotId", "document")
SELECT l.id, l."pilotId", "answer_lesson_document"(l.title, l."whatWeDid", l."whatWeLearned", l."wouldDoDifferently", l.tags) FROM "Lesson" l;
INSERT INTO "ResultSearch" ("resultId", "pilotId", "document")
SELECT r.id, ph."pilotId", "answer_result_document"(r.title, r.body) FROM "ResultEntry" r JOIN "Phase" ph ON ph.id = r."phaseId";
