// Generator SQL, part 3: what happened in the phases — results, KPIs and measurements, gate reviews
// with scorecards and decisions, lessons, audit events — and finally the search documents. The search
// triggers are off during generation (session_replication_role = replica: they would rebuild a pilot's
// document once per result row); the documents are built here once, with the very expression of
// search_refresh_pilot (migration …_search_sections), and the word list is recounted from them.
import { arr, userAt, STEERING_FROM, type Layout } from "./sql-people";
import { DECISION_SENTENCES, GOALS, KPIS, LESSON_SENTENCES, RESULT_SENTENCES, RESULT_TITLES } from "./vocabulary";

export function historySql(l: Layout): string {
  return [resultsSql(), kpisSql(l), gatesSql(l), lessonsSql(), auditSql(l)].join("\n");
}

function resultsSql(): string {
  return `
INSERT INTO "ResultEntry" ("phaseId", kind, "occurredOn", title, body, "createdById", "createdAt")
SELECT phase_id, (ARRAY['MEASUREMENT', 'MEASUREMENT', 'MILESTONE', 'RISK', 'LEARNING'])[1 + pg_temp.upto(5, phase_id * 16 + n, 50)]::"ResultKind",
  least(plannedend, plannedstart + n * 12), pg_temp.pick(${arr(RESULT_TITLES)}, phase_id * 16 + n, 51),
  format(pg_temp.pick(${arr(RESULT_SENTENCES)}, phase_id * 16 + n, 52), 5 + n * 3) || ' ' ||
    format(pg_temp.pick(${arr(RESULT_SENTENCES)}, phase_id * 16 + n, 53), 2 + n) || ' Det gælder ' || (${arr(GOALS)})[goal + 1] || '.',
  lead_user, least(plannedend, plannedstart + n * 12)::timestamp + interval '11 hours'
FROM bph CROSS JOIN generate_series(1, 12) n
WHERE k < prog AND n <= 3 + pg_temp.upto(10, phase_id, 54);`;
}

function kpisSql(l: Layout): string {
  const names = arr(KPIS.map((k) => k.name));
  const units = arr(KPIS.map((k) => k.unit));
  const dirs = arr(KPIS.map((k) => k.direction));
  const benefits = arr(KPIS.map((k) => k.benefit));
  const baselines = `ARRAY[${KPIS.map((k) => k.baseline).join(", ")}]::float8[]`;
  return `
CREATE TEMP TABLE bk AS
SELECT b.id AS pilot_id, b.i, m, ${l.base.kpi} + 2 * (b.i - 1) + m + 1 AS kpi_id,
  1 + (pg_temp.upto(${KPIS.length}, b.i, 60) + m * (1 + pg_temp.upto(${KPIS.length - 1}, b.i, 61))) % ${KPIS.length} AS def
FROM bp b CROSS JOIN generate_series(0, 1) m;
INSERT INTO "Kpi" (id, "pilotId", name, unit, baseline, direction, "benefitKind", "createdAt")
SELECT kpi_id, pilot_id, (${names})[def], (${units})[def], (${baselines})[def], (${dirs})[def]::"KpiDirection", (${benefits})[def]::"BenefitKind",
  b.created FROM bk JOIN bp b ON b.id = bk.pilot_id;
INSERT INTO "KpiTarget" ("kpiId", "phaseId", target)
SELECT bk.kpi_id, ph.phase_id, CASE WHEN (${dirs})[bk.def] = 'LOWER_IS_BETTER' THEN (${baselines})[bk.def] * (0.9 - 0.15 * ph.k) ELSE (${baselines})[bk.def] + 10 * (ph.k + 1) END
  FROM bk JOIN bph ph ON ph.pilot_id = bk.pilot_id;
INSERT INTO "KpiMeasurement" ("kpiId", "measuredAt", value, source, "createdById", "createdAt")
SELECT bk.kpi_id, ph.plannedstart::timestamp + n * interval '25 days' + interval '12 hours',
  round(((${baselines})[bk.def] + CASE WHEN (${dirs})[bk.def] = 'LOWER_IS_BETTER' THEN -1.5 ELSE 3 END * (ph.k * 6 + n) + 4 * pg_temp.r(bk.kpi_id * 32 + ph.k * 8 + n, 62))::numeric, 1)::float8,
  (ARRAY['MANUAL', 'IMPORT', 'API'])[1 + pg_temp.upto(3, bk.kpi_id * 32 + ph.k * 8 + n, 63)]::"MeasurementSource",
  ph.lead_user, ph.plannedstart::timestamp + n * interval '25 days' + interval '13 hours'
FROM bk JOIN bph ph ON ph.pilot_id = bk.pilot_id AND ph.k < ph.prog CROSS JOIN generate_series(1, 6) n
WHERE n <= 1 + pg_temp.upto(6, bk.kpi_id * 4 + ph.k, 64);`;
}

// A review per phase that reached its gate; one steering member's scorecard on every criterion; the
// decision's weighted score is computed from those very scores.
function gatesSql(l: Layout): string {
  const off = `(ph.phase_id - ${l.base.phase})`;
  const steering = userAt(l, "ph.cidx", `${STEERING_FROM} + ${off} % 6`);
  return `
INSERT INTO "GateReview" (id, "phaseId", status, "evidenceSummary", "requestedGrant", "dueDate", "requestedById", "requestedAt")
SELECT ${l.base.review} + ${off}, ph.phase_id, CASE WHEN ph.status = 'DECIDED' THEN 'DECIDED' ELSE 'OPEN' END::"GateReviewStatus",
  format('Fasen har leveret %s målinger og %s milepæle; se resultaterne.', 3 + pg_temp.upto(10, ph.phase_id, 70), 1 + pg_temp.upto(4, ph.phase_id, 71)),
  ph.next_requested, ph.plannedend, ph.lead_user, (ph.plannedend - 5)::timestamp + interval '9 hours'
FROM bph ph WHERE ph.status IN ('DECIDED', 'AWAITING_GATE');
INSERT INTO "GateScorecard" (id, "reviewId", "userId", "submittedAt")
SELECT ${l.base.scorecard} + ${off}, ${l.base.review} + ${off}, ${steering}, (ph.plannedend + 8)::timestamp + interval '10 hours'
FROM bph ph WHERE ph.status = 'DECIDED';
INSERT INTO "GateScore" ("scorecardId", "criterionId", weight, score, comment)
SELECT ${l.base.scorecard} + ${off}, cr.id, cr.w,
  least(5, greatest(1, CASE ph.outcome WHEN 'STOP' THEN 1 ELSE 3 END + pg_temp.upto(3, ph.phase_id * 8 + cr.n, 72))),
  'Vurderet ud fra fasens resultater og målinger.'
FROM bph ph JOIN comm c ON c.idx = ph.cidx CROSS JOIN LATERAL unnest(c.crit, c.wts) WITH ORDINALITY AS cr(id, w, n)
WHERE ph.status = 'DECIDED';
INSERT INTO "GateDecision" (id, "reviewId", outcome, rationale, "releasedAmount", "returnedAmount", "weightedScore", "decidedById", "decidedAt")
SELECT ${l.base.decision} + ${off}, ${l.base.review} + ${off}, ph.outcome::"GateOutcome",
  (${arr(DECISION_SENTENCES)})[CASE ph.outcome WHEN 'GO' THEN 1 + pg_temp.upto(2, ph.phase_id, 73) WHEN 'STOP' THEN 3 ELSE 4 END] || ' ' ||
    'Erfaringerne med ' || (${arr(GOALS)})[ph.goal + 1] || ' deles i fællesskabet.',
  CASE WHEN ph.outcome = 'GO' THEN coalesce(ph.next_granted, 0) ELSE 0 END,
  CASE WHEN ph.outcome = 'STOP' THEN ph.granted - ph.spent ELSE 0 END,
  w.score,
  ${userAt(l, "ph.cidx", String(STEERING_FROM))}, (ph.plannedend + 10)::timestamp + interval '14 hours'
FROM bph ph LEFT JOIN (SELECT "scorecardId" AS id, round(sum(weight * score)::numeric / sum(weight), 2)::float8 AS score FROM "GateScore"
                        WHERE "scorecardId" > ${l.base.scorecard} GROUP BY "scorecardId") w ON w.id = ${l.base.scorecard} + ${off}
WHERE ph.status = 'DECIDED';
INSERT INTO "DecisionAdopter" ("decisionId", "organisationId")
SELECT ${l.base.decision} + ${off}, ph.lead_org FROM bph ph WHERE ph.outcome = 'ADOPT';`;
}

function lessonsSql(): string {
  return `
INSERT INTO "Lesson" ("pilotId", "phaseId", kind, title, "whatWeDid", "whatWeLearned", "wouldDoDifferently", tags, "authorId", "createdAt")
SELECT b.id, ph.phase_id, CASE WHEN b.st = 'STOPPED' THEN 'STOP_REPORT' ELSE 'LESSON' END::"LessonKind",
  CASE WHEN b.st = 'STOPPED' THEN 'Derfor stoppede vi: ' ELSE 'Erfaringer: ' END || (${arr(GOALS)})[b.goal + 1],
  'Vi afprøvede løsningen i ' || (ph.plannedend - ph.plannedstart) || ' dage med ' || (2 + pg_temp.upto(20, b.i, 80)) || ' medarbejdere.',
  pg_temp.pick(${arr(LESSON_SENTENCES)}, b.i, 81), pg_temp.pick(${arr(LESSON_SENTENCES)}, b.i, 82),
  p.domains, b.lead_user, (ph.plannedend + 12)::timestamp + interval '9 hours'
FROM bp b JOIN bph ph ON ph.pilot_id = b.id AND ph.k = b.prog - 1 JOIN "Pilot" p ON p.id = b.id
WHERE b.st IN ('STOPPED', 'ADOPTED') OR (b.st = 'ACTIVE' AND pg_temp.r(b.i, 83) < 0.2);`;
}

function auditSql(l: Layout): string {
  return `
INSERT INTO "AuditEvent" (at, "actorId", "communityId", entity, "entityId", action, after)
SELECT b.created, b.lead_user, b.community_id, 'Pilot', b.id::text, 'create', jsonb_build_object('status', 'DRAFT') FROM bp b;
INSERT INTO "AuditEvent" (at, "actorId", "communityId", entity, "entityId", action, after)
SELECT (ph.plannedend + 10)::timestamp + interval '14 hours', ${userAt(l, "ph.cidx", String(STEERING_FROM))}, ph.community_id, 'GateDecision',
  (${l.base.decision} + ph.phase_id - ${l.base.phase})::text, 'decide', jsonb_build_object('outcome', ph.outcome)
FROM bph ph WHERE ph.status = 'DECIDED';`;
}

export function searchSql(): string {
  return `
INSERT INTO "PilotSearch" ("pilotId", document, "updatedAt")
SELECT p.id,
       setweight(to_tsvector('danish', p.title), 'A')
    || setweight(to_tsvector('danish', concat_ws(E'\\n', p.problem, p.hypothesis, array_to_string(p.technologies, ', '), array_to_string(p.domains, ', '))), 'B')
    || setweight(to_tsvector('danish', concat_ws(E'\\n', l.t, r.t, d.t)), 'C'),
       now()
  FROM "Pilot" p
  LEFT JOIN (SELECT "pilotId", string_agg(concat_ws(E'\\n', title, "whatWeDid", "whatWeLearned", "wouldDoDifferently", array_to_string(tags, ', ')), E'\\n') AS t
               FROM "Lesson" GROUP BY "pilotId") l ON l."pilotId" = p.id
  LEFT JOIN (SELECT ph."pilotId", string_agg(concat_ws(E'\\n', re.title, re.body), E'\\n') AS t
               FROM "ResultEntry" re JOIN "Phase" ph ON ph.id = re."phaseId" GROUP BY ph."pilotId") r ON r."pilotId" = p.id
  LEFT JOIN (SELECT ph."pilotId", string_agg(gd.rationale, E'\\n') AS t FROM "GateDecision" gd JOIN "GateReview" gr ON gr.id = gd."reviewId"
               JOIN "Phase" ph ON ph.id = gr."phaseId" GROUP BY ph."pilotId") d ON d."pilotId" = p.id
 WHERE p.id IN (SELECT id FROM bp);
-- lessons and results as hits of their own (migration …_answer_search: its triggers are off here)
INSERT INTO "LessonSearch" ("lessonId", "pilotId", "document")
SELECT l.id, l."pilotId", "answer_lesson_document"(l.title, l."whatWeDid", l."whatWeLearned", l."wouldDoDifferently", l.tags)
  FROM "Lesson" l WHERE l."pilotId" IN (SELECT id FROM bp);
INSERT INTO "ResultSearch" ("resultId", "pilotId", "document")
SELECT re.id, ph."pilotId", "answer_result_document"(re.title, re.body)
  FROM "ResultEntry" re JOIN "Phase" ph ON ph.id = re."phaseId" WHERE ph."pilotId" IN (SELECT id FROM bp);
-- the catalogue's facts (migration …_pilot_facts; the demo pilots have theirs from its triggers)
INSERT INTO "PilotFacts" SELECT * FROM "pilot_facts_rows"(NULL) ON CONFLICT (id) DO NOTHING;
DELETE FROM "SearchWord";
INSERT INTO "SearchWord" (word, ndoc) SELECT word, ndoc FROM ts_stat('SELECT document FROM "PilotSearch"');`;
}
