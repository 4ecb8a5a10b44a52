// Generator SQL, part 2: pilots and their three phases with consistent money. Each pilot has a
// progress p (phases started): phases before p-1 passed a GO gate, phase p-1 is open (active pilots)
// or ended the pilot (STOP / ADOPT), later phases are planned with nothing granted. granted is what
// the pool released, spent the sum of the expenses written later, spent ≤ granted always.
import { arr, lit, userAt, LEADS_FROM, type Layout } from "./sql-people";
import { DOMAINS, GOALS, HYPOTHESIS_SENTENCES, PROBLEM_SENTENCES, TECHNOLOGIES, TECH_PHRASES } from "./vocabulary";

/** Pilots 1…BENCH_OPEN_PILOTS are active test phases with a large grant, led by the bench's known lead. */
export const BENCH_OPEN_PILOTS = 4;
export const BENCH_OPEN_GRANT = 20_000_000;

export function pilotsSql(l: Layout): string {
  const C = l.communities;
  const open = BENCH_OPEN_PILOTS;
  return `
CREATE TEMP TABLE bp AS
SELECT x.*, c.id AS community_id, ${l.base.pilot} + i AS id, ${userAt(l, "x.cidx", `${LEADS_FROM} + x.j`)} AS lead_user,
  CASE WHEN i <= ${open} THEN 1 WHEN st IN ('DRAFT', 'SUBMITTED') THEN 0 WHEN st = 'ACTIVE' THEN 1 + pg_temp.upto(3, i, 4)
       WHEN st = 'STOPPED' THEN 1 + pg_temp.upto(2, i, 4) ELSE 2 + pg_temp.upto(2, i, 4) END AS prog,
  timestamp '2022-01-03 09:00' + floor(pg_temp.r(i, 5) * 1350) * interval '1 day' AS created
FROM (SELECT i,
        CASE WHEN i <= ${open} THEN 0 ELSE pg_temp.upto(${C}, i, 1) END AS cidx,
        CASE WHEN i <= ${open} THEN 0 ELSE pg_temp.upto(${l.leadsPerCommunity}, i, 2) END AS j,
        CASE WHEN i <= ${open} THEN 'ACTIVE' ELSE (SELECT CASE WHEN s < 0.04 THEN 'DRAFT' WHEN s < 0.08 THEN 'SUBMITTED' WHEN s < 0.63 THEN 'ACTIVE'
                                                  WHEN s < 0.80 THEN 'STOPPED' ELSE 'ADOPTED' END FROM (SELECT pg_temp.r(i, 3) AS s) z) END AS st,
        1 + pg_temp.upto(${TECHNOLOGIES.length}, i, 20) AS t1, pg_temp.upto(${TECHNOLOGIES.length - 1}, i, 21) AS t2,
        1 + pg_temp.upto(${DOMAINS.length}, i, 22) AS d1, pg_temp.upto(${DOMAINS.length - 1}, i, 23) AS d2,
        pg_temp.upto(${GOALS.length}, i, 24) AS goal
      FROM generate_series(1, ${l.pilots}) i) x
JOIN comm c ON c.idx = x.cidx;
ALTER TABLE bp ADD COLUMN lead_org int;
CREATE UNIQUE INDEX ON bp (id);
UPDATE bp SET lead_org = u."organisationId" FROM "User" u WHERE u.id = bp.lead_user;
ANALYZE bp;

CREATE TEMP TABLE bph AS
SELECT y.*, ${l.base.phase} + 3 * (y.i - 1) + y.k + 1 AS phase_id,
  CASE WHEN y.k < y.prog THEN y.requested ELSE 0 END AS granted,
  (y.plannedstart + 180) AS plannedend
FROM (SELECT b.i, b.id AS pilot_id, b.cidx, b.community_id, b.lead_user, b.lead_org, b.prog, b.st, b.goal, k,
        (b.created + interval '30 days' + k * interval '200 days')::date AS plannedstart,
        CASE WHEN b.i <= ${BENCH_OPEN_PILOTS} AND k = 0 THEN ${BENCH_OPEN_GRANT}
             ELSE 1000 * (CASE k WHEN 0 THEN 100 + pg_temp.upto(500, b.i * 3 + k, 30) WHEN 1 THEN 300 + pg_temp.upto(1200, b.i * 3 + k, 30)
                                 ELSE 1000 + pg_temp.upto(3000, b.i * 3 + k, 30) END) END AS requested,
        CASE WHEN k >= b.prog THEN 'PLANNED' WHEN k < b.prog - 1 THEN 'DECIDED'
             WHEN b.st = 'ACTIVE' THEN (CASE WHEN b.i > ${BENCH_OPEN_PILOTS} AND pg_temp.r(b.i * 3 + k, 31) < 0.2 THEN 'AWAITING_GATE' ELSE 'ACTIVE' END)
             ELSE 'DECIDED' END AS status,
        CASE WHEN k < b.prog - 1 THEN 'GO' WHEN k = b.prog - 1 AND b.st = 'STOPPED' THEN 'STOP' WHEN k = b.prog - 1 AND b.st = 'ADOPTED' THEN 'ADOPT' END AS outcome
      FROM bp b CROSS JOIN generate_series(0, 2) k) y;
ALTER TABLE bph ADD COLUMN spent int;
UPDATE bph SET spent = CASE
  WHEN granted = 0 OR i <= ${BENCH_OPEN_PILOTS} THEN 0
  WHEN outcome = 'ADOPT' THEN granted
  WHEN outcome = 'GO' THEN 1000 * floor(granted * (0.7 + 0.3 * pg_temp.r(phase_id, 32)) / 1000)::int
  WHEN outcome = 'STOP' THEN 1000 * floor(granted * (0.2 + 0.6 * pg_temp.r(phase_id, 32)) / 1000)::int
  ELSE 1000 * floor(granted * 0.7 * pg_temp.r(phase_id, 32) / 1000)::int END;
-- Joins, not correlated subqueries: the planner has no statistics on these fresh temp tables.
ALTER TABLE bph ADD COLUMN next_requested int, ADD COLUMN next_granted int;
UPDATE bph SET next_requested = n.requested, next_granted = n.granted FROM bph n WHERE n.pilot_id = bph.pilot_id AND n.k = bph.k + 1;
ALTER TABLE bp ADD COLUMN ended timestamp;
UPDATE bp SET ended = (ph.plannedend + 10)::timestamp FROM bph ph WHERE ph.pilot_id = bp.id AND ph.k = bp.prog - 1 AND bp.st IN ('STOPPED', 'ADOPTED');
CREATE INDEX ON bph (pilot_id, k);
ANALYZE bp; ANALYZE bph;

INSERT INTO "Pilot" (id, "communityId", title, problem, hypothesis, technologies, domains, sdgs, "leadOrganisationId", "projectLeadId",
                     status, visibility, "createdAt", "updatedAt", "endedAt")
SELECT b.id, b.community_id,
  pg_temp.pick(${arr(TECH_PHRASES)}, b.i, 25) || ' til ' || (${arr(GOALS)})[b.goal + 1] || ' i ' || o.name,
  format(pg_temp.pick(${arr(PROBLEM_SENTENCES)}, b.i, 26), (${arr(GOALS)})[b.goal + 1]) || ' ' ||
    format(pg_temp.pick(${arr(PROBLEM_SENTENCES)}, b.i, 27), (${arr(GOALS)})[1 + (b.goal + 7) % ${GOALS.length}]),
  format(pg_temp.pick(${arr(HYPOTHESIS_SENTENCES)}, b.i, 28), lower(pg_temp.pick(${arr(TECH_PHRASES)}, b.i, 25))),
  CASE WHEN pg_temp.r(b.i, 29) < 0.4 THEN ARRAY[(${arr(TECHNOLOGIES)})[b.t1], (${arr(TECHNOLOGIES)})[1 + (b.t1 + b.t2) % ${TECHNOLOGIES.length}]]
       ELSE ARRAY[(${arr(TECHNOLOGIES)})[b.t1]] END,
  CASE WHEN pg_temp.r(b.i, 33) < 0.5 THEN ARRAY[(${arr(DOMAINS)})[b.d1], (${arr(DOMAINS)})[1 + (b.d1 + b.d2) % ${DOMAINS.length}]]
       ELSE ARRAY[(${arr(DOMAINS)})[b.d1]] END,
  CASE WHEN pg_temp.r(b.i, 34) < 0.5 THEN ARRAY[1 + pg_temp.upto(17, b.i, 35)] ELSE ARRAY[1 + pg_temp.upto(8, b.i, 35), 9 + pg_temp.upto(9, b.i, 36)] END,
  b.lead_org, b.lead_user, b.st::"PilotStatus",
  CASE WHEN pg_temp.r(b.i, 37) < 0.3 THEN 'PUBLIC' ELSE 'MEMBERS' END::"Visibility",
  b.created, b.created + interval '3 days' + floor(pg_temp.r(b.i, 38) * 400) * interval '1 day',
  b.ended
FROM bp b JOIN "Organisation" o ON o.id = b.lead_org;

INSERT INTO "Phase" (id, "pilotId", kind, status, "plannedStart", "plannedEnd", "startedAt", "decidedAt", "requestedGrant", granted, spent,
                     "cofundingTotal", "splitKey", "successCriteria", "killCriteria", "createdAt")
SELECT phase_id, pilot_id, (ARRAY['TEST', 'DEMONSTRATION', 'SCALE'])[k + 1]::"PhaseKind", status::"PhaseStatus", plannedstart, plannedend,
  CASE WHEN k < prog THEN plannedstart::timestamp + interval '8 hours' END,
  CASE WHEN status = 'DECIDED' THEN (plannedend + 10)::timestamp + interval '14 hours' END,
  requested, granted, spent, CASE WHEN k < prog THEN 1000 * (requested / 10000) ELSE 0 END,
  (ARRAY['EQUAL', 'POPULATION', 'POPULATION_TIERS'])[1 + pg_temp.upto(3, phase_id, 39)]::"SplitKey",
  format('Mindst %s procent færre manuelle timer på %s efter fasen.', 10 + pg_temp.upto(40, phase_id, 40), (${arr(GOALS)})[goal + 1]),
  format('Vi stopper, hvis under %s procent af medarbejderne bruger løsningen.', 20 + pg_temp.upto(30, phase_id, 41)),
  b.pilot_created
FROM bph JOIN (SELECT id AS pilot_id, created AS pilot_created FROM bp) b USING (pilot_id);
INSERT INTO "Pledge" ("phaseId", "organisationId", amount)
SELECT phase_id, lead_org, 1000 * (requested / 10000) FROM bph WHERE k < prog AND requested >= 10000;
INSERT INTO "PilotParticipant" ("pilotId", "organisationId")
SELECT b.id, c.mem[1 + pg_temp.upto(array_length(c.mem, 1), b.i * 10 + n, 42)]
  FROM bp b JOIN comm c ON c.idx = b.cidx CROSS JOIN generate_series(1, 3) n
 WHERE n <= 1 + pg_temp.upto(3, b.i, 43) AND c.mem[1 + pg_temp.upto(array_length(c.mem, 1), b.i * 10 + n, 42)] <> b.lead_org
ON CONFLICT DO NOTHING;
${expensesSql()}
${poolsSql()}`;
}

// Three postings per phase that sum exactly to its spent (the CHECK forbids zero amounts).
function expensesSql(): string {
  return `
INSERT INTO "Expense" ("phaseId", amount, "spentOn", category, description, "createdById", "createdAt")
SELECT phase_id, a, plannedstart + n * 40, (ARRAY['UDSTYR', 'LICENS', 'KONSULENT', 'PERSONALE', 'DRIFT', 'ANDET'])[1 + pg_temp.upto(6, phase_id * 3 + n, 44)]::"ExpenseCategory",
  (ARRAY['Indkøb af udstyr', 'Licens til platform', 'Konsulentbistand', 'Timer til projektledelse', 'Drift og support'])[1 + pg_temp.upto(5, phase_id * 3 + n, 45)] || ' (' || n || '/3)',
  lead_user, (plannedstart + n * 40)::timestamp + interval '10 hours'
FROM (SELECT bph.*, n, CASE n WHEN 1 THEN spent / 2 WHEN 2 THEN spent * 3 / 10 ELSE spent - spent / 2 - spent * 3 / 10 END AS a
        FROM bph CROSS JOIN generate_series(1, 3) n WHERE spent > 0) e
WHERE a <> 0;`;
}

// The pool ledger: every grant out, every STOP's unspent money back, and contributions on 1 January that
// cover the year's grants, so the balance is never below 0; the stored balance is the ledger's sum.
function poolsSql(): string {
  return `
INSERT INTO "Pool" ("communityId", year, balance)
SELECT DISTINCT community_id, extract(year FROM plannedstart)::int, 0 FROM bph WHERE granted > 0
ON CONFLICT DO NOTHING;
INSERT INTO "PoolEntry" ("poolId", kind, amount, "phaseId", note, "createdById", "createdAt")
SELECT p.id, 'GRANT', -ph.granted, ph.phase_id, 'Bevilling til fase ' || (ph.k + 1), ph.lead_user, ph.plannedstart::timestamp + interval '10 hours'
  FROM bph ph JOIN "Pool" p ON p."communityId" = ph.community_id AND p.year = extract(year FROM ph.plannedstart)::int WHERE ph.granted > 0;
INSERT INTO "PoolEntry" ("poolId", kind, amount, "phaseId", note, "createdById", "createdAt")
SELECT p.id, 'RETURN', ph.granted - ph.spent, ph.phase_id, 'Ubrugt bevilling tilbageført ved stop', ph.lead_user, (ph.plannedend + 10)::timestamp + interval '15 hours'
  FROM bph ph JOIN "Pool" p ON p."communityId" = ph.community_id AND p.year = extract(year FROM ph.plannedend + 10)::int
 WHERE ph.outcome = 'STOP' AND ph.granted > ph.spent;
INSERT INTO "Pool" ("communityId", year, balance)
SELECT DISTINCT community_id, extract(year FROM plannedend + 10)::int, 0 FROM bph WHERE outcome = 'STOP' AND granted > spent
ON CONFLICT DO NOTHING;
INSERT INTO "PoolEntry" ("poolId", kind, amount, "organisationId", note, "createdAt")
SELECT g."poolId", 'CONTRIBUTION', 100000 + 1000 * ceil(g.out / array_length(c.mem, 1) / 1000.0)::int, m, 'Årligt bidrag ' || p.year,
       make_timestamp(p.year, 1, 1, 8, 0, 0)
  FROM (SELECT "poolId", -sum(amount) AS out FROM "PoolEntry" WHERE kind = 'GRANT' AND "organisationId" IS NULL GROUP BY "poolId") g
  JOIN "Pool" p ON p.id = g."poolId" JOIN comm c ON c.id = p."communityId" CROSS JOIN unnest(c.mem) m;
UPDATE "Pool" p SET balance = coalesce((SELECT sum(amount) FROM "PoolEntry" e WHERE e."poolId" = p.id), 0);
SELECT ${lit("pools done")};`;
}
