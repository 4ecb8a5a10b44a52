-- CreateTable
CREATE TABLE "PilotFacts" (
    "id" INTEGER NOT NULL,
    "communityId" INTEGER NOT NULL,
    "status" "PilotStatus" NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "projectLeadId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "technologies" TEXT[],
    "domains" TEXT[],
    "sdgs" TEXT[],
    "phase" TEXT,
    "outcomes" TEXT[],
    "municipalities" TEXT[],
    "regions" TEXT[],
    "years" TEXT[],

    CONSTRAINT "PilotFacts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PilotFacts_status_visibility_communityId_projectLeadId_idx" ON "PilotFacts"("status", "visibility", "communityId", "projectLeadId");

-- CreateIndex
CREATE INDEX "PilotFacts_updatedAt_id_idx" ON "PilotFacts"("updatedAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "PilotFacts" ADD CONSTRAINT "PilotFacts_id_fkey" FOREIGN KEY ("id") REFERENCES "Pilot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the facts of the catalogue's filters, one row per pilot, kept by the database (decision
-- 0022). One definition of a pilot's facts, used by the refresh below, the backfill at the end and the
-- benchmark generator (lib/bench/sql-history.ts); the same values lib/search/facts.ts computed at query
-- time before (tests/integration/search/facets.test.ts holds them to its oracle). `ids` NULL: all pilots.
CREATE FUNCTION "pilot_facts_rows"(ids integer[]) RETURNS SETOF "PilotFacts" AS $$
  SELECT p.id, p."communityId", p.status, p.visibility, p."projectLeadId", p."updatedAt", p."createdAt",
         ARRAY(SELECT DISTINCT x FROM unnest(p.technologies) x ORDER BY x),
         ARRAY(SELECT DISTINCT x FROM unnest(p.domains) x ORDER BY x),
         ARRAY(SELECT DISTINCT x::text FROM unnest(p.sdgs) x ORDER BY x::text),
         -- the furthest phase that has started (lib/pilots/phase-track.ts, currentPhase)
         (SELECT (ARRAY['test', 'demonstration', 'scale'])[max(array_position(ARRAY['TEST', 'DEMONSTRATION', 'SCALE'], ph.kind::text))]
            FROM "Phase" ph WHERE ph."pilotId" = p.id AND ph.status <> 'PLANNED'),
         ARRAY(SELECT DISTINCT lower(d.outcome::text) FROM "Phase" ph JOIN "GateReview" r ON r."phaseId" = ph.id
                 JOIN "GateDecision" d ON d."reviewId" = r.id WHERE ph."pilotId" = p.id ORDER BY 1),
         -- its lead and its participants
         ARRAY(SELECT DISTINCT o."municipalityCode"::text FROM "Organisation" o
                WHERE o."municipalityCode" IS NOT NULL
                  AND (o.id = p."leadOrganisationId" OR o.id IN (SELECT pp."organisationId" FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id)) ORDER BY 1),
         ARRAY(SELECT DISTINCT o."regionCode"::text FROM "Organisation" o
                WHERE o."regionCode" IS NOT NULL
                  AND (o.id = p."leadOrganisationId" OR o.id IN (SELECT pp."organisationId" FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id)) ORDER BY 1),
         -- the years its phases span, cut at the day it ended; none: the year it was created
         coalesce(
           (SELECT array_agg(DISTINCT y::text ORDER BY y::text) FROM "Phase" ph
              CROSS JOIN LATERAL generate_series(extract(year FROM ph."plannedStart")::int,
                                                 extract(year FROM least(ph."plannedEnd", coalesce(p."endedAt"::date, ph."plannedEnd")))::int) AS y
             WHERE ph."pilotId" = p.id),
           ARRAY[extract(year FROM p."createdAt")::int::text])
    FROM "Pilot" p WHERE ids IS NULL OR p.id = ANY(ids)
$$ LANGUAGE sql STABLE;

-- Rewrites one pilot's row (or removes it with its pilot). The per-pilot lock serialises two
-- transactions changing one pilot's facts (a phase and a participant at once): the second waits, and
-- its refresh then reads what the first committed, so neither writes a row missing the other's change.
CREATE FUNCTION "pilot_facts_refresh"(pid integer) RETURNS void AS $$
BEGIN
  IF pid IS NULL THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock(727020, pid);
  DELETE FROM "PilotFacts" WHERE id = pid;
  INSERT INTO "PilotFacts" SELECT * FROM "pilot_facts_rows"(ARRAY[pid]);
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "pilot_facts_on_pilot"() RETURNS trigger AS $$
BEGIN
  PERFORM "pilot_facts_refresh"(NEW.id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "pilot_facts_on_phase"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "pilot_facts_refresh"(OLD."pilotId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."pilotId" <> OLD."pilotId") THEN PERFORM "pilot_facts_refresh"(NEW."pilotId"); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "pilot_facts_on_decision"() RETURNS trigger AS $$
BEGIN
  PERFORM "pilot_facts_refresh"((SELECT ph."pilotId" FROM "GateReview" gr JOIN "Phase" ph ON ph.id = gr."phaseId" WHERE gr.id = NEW."reviewId"));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "pilot_facts_on_participant"() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "pilot_facts_refresh"(OLD."pilotId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."pilotId" <> OLD."pilotId") THEN PERFORM "pilot_facts_refresh"(NEW."pilotId"); END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A municipality's code or region changes (reference data): every pilot it leads or joins, in id order.
CREATE FUNCTION "pilot_facts_on_organisation"() RETURNS trigger AS $$
BEGIN
  PERFORM "pilot_facts_refresh"(x.id) FROM (
    SELECT id FROM "Pilot" WHERE "leadOrganisationId" = NEW.id
    UNION SELECT "pilotId" FROM "PilotParticipant" WHERE "organisationId" = NEW.id ORDER BY 1) x;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Pilot: any change (status, visibility, tags, lead, dates; updatedAt orders the catalogue). A
-- deleted pilot takes its row with it (ON DELETE CASCADE). Phase: not on spent/granted (expenses).
CREATE TRIGGER "Pilot_facts" AFTER INSERT OR UPDATE ON "Pilot" FOR EACH ROW EXECUTE FUNCTION "pilot_facts_on_pilot"();
CREATE TRIGGER "Phase_facts" AFTER INSERT OR DELETE OR UPDATE OF "kind", "status", "plannedStart", "plannedEnd", "pilotId" ON "Phase"
  FOR EACH ROW EXECUTE FUNCTION "pilot_facts_on_phase"();
CREATE TRIGGER "GateDecision_facts" AFTER INSERT ON "GateDecision" FOR EACH ROW EXECUTE FUNCTION "pilot_facts_on_decision"();
CREATE TRIGGER "PilotParticipant_facts" AFTER INSERT OR UPDATE OR DELETE ON "PilotParticipant"
  FOR EACH ROW EXECUTE FUNCTION "pilot_facts_on_participant"();
CREATE TRIGGER "Organisation_facts" AFTER UPDATE OF "municipalityCode", "regionCode" ON "Organisation"
  FOR EACH ROW WHEN (OLD."municipalityCode" IS DISTINCT FROM NEW."municipalityCode" OR OLD."regionCode" IS DISTINCT FROM NEW."regionCode")
  EXECUTE FUNCTION "pilot_facts_on_organisation"();

INSERT INTO "PilotFacts" SELECT * FROM "pilot_facts_rows"(NULL);
