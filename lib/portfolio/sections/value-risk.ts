// The value/risk picture from each pilot's latest decided gate: value is the weighted mean score on
// the criteria that say what a pilot is worth, risk is 6 minus the weighted mean on those that say
// how sure and safe it is (a 1 there is a big risk, a 5 a small one). Only decided reviews count:
// scores of an open review stay hidden until its decision (lib/gates).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OutcomeWord, PhaseWord, ValueRiskPoint } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { dec, int, rows } from "../sql";

/** Criterion keys (the seed's default criteria) on each axis; a community's own keys count on neither. */
export const VALUE_KEYS = ["value", "scalability", "economy"] as const;
export const RISK_KEYS = ["evidence", "data", "security", "readiness"] as const;

type Row = {
  pilot_id: number;
  title: string;
  status: string;
  phase: PhaseWord;
  outcome: OutcomeWord;
  decided: string;
  value: unknown;
  risk: unknown;
  granted: bigint;
  total: bigint;
};

/**
 * The points, ordered by title; with `limit`, only the `limit` pilots with the largest grants (ties
 * by id) and `total`, how many pilots have a decided, scored gate. The grant is summed for every
 * pilot before the cut, so the cut is exact; the scores are computed only for the pilots kept.
 */
export async function loadValueRisk(
  user: Viewer,
  f: PortfolioFilters,
  limit?: number,
): Promise<{ points: ValueRiskPoint[]; total: number }> {
  const cut = Prisma.raw(limit === undefined ? "ALL" : String(Math.max(0, Math.trunc(limit))));
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    latest AS (
      SELECT DISTINCT ON (s.id) s.id AS pilot_id, r.id AS review_id, ph.kind, d.outcome, d."decidedAt"
      FROM "GateDecision" d JOIN "GateReview" r ON r.id = d."reviewId" JOIN "Phase" ph ON ph.id = r."phaseId" JOIN scope s ON s.id = ph."pilotId"
      WHERE EXISTS (SELECT 1 FROM "GateScorecard" sc JOIN "GateScore" g ON g."scorecardId" = sc.id WHERE sc."reviewId" = r.id)
      ORDER BY s.id, d."decidedAt" DESC, d.id DESC
    ),
    granted AS (
      SELECT l.pilot_id, coalesce(sum(ph.granted), 0)::bigint AS granted
      FROM latest l LEFT JOIN "Phase" ph ON ph."pilotId" = l.pilot_id
      GROUP BY l.pilot_id
    ),
    kept AS (
      SELECT g.pilot_id, g.granted, count(*) OVER () AS total FROM granted g ORDER BY g.granted DESC, g.pilot_id LIMIT ${cut}
    ),
    scored AS (
      SELECT l.pilot_id,
        sum(g.score * g.weight) FILTER (WHERE k.key IN (${Prisma.join([...VALUE_KEYS])}))::float8 / nullif(sum(g.weight) FILTER (WHERE k.key IN (${Prisma.join([...VALUE_KEYS])})), 0) AS value,
        6 - sum(g.score * g.weight) FILTER (WHERE k.key IN (${Prisma.join([...RISK_KEYS])}))::float8 / nullif(sum(g.weight) FILTER (WHERE k.key IN (${Prisma.join([...RISK_KEYS])})), 0) AS risk
      FROM kept JOIN latest l ON l.pilot_id = kept.pilot_id JOIN "GateScorecard" sc ON sc."reviewId" = l.review_id JOIN "GateScore" g ON g."scorecardId" = sc.id
      JOIN "GateCriterion" k ON k.id = g."criterionId"
      GROUP BY l.pilot_id
    )
    SELECT l.pilot_id, s.title, lower(s.status) AS status, lower(l.kind::text) AS phase, lower(l.outcome::text) AS outcome,
      to_char(l."decidedAt", 'YYYY-MM-DD') AS decided, sc.value, sc.risk, kept.granted, kept.total
    FROM kept JOIN latest l ON l.pilot_id = kept.pilot_id JOIN scope s ON s.id = l.pilot_id JOIN scored sc ON sc.pilot_id = l.pilot_id
    ORDER BY s.title`);
  const points = found.map((r) => ({
    pilotId: r.pilot_id,
    title: r.title,
    status: r.status,
    phase: r.phase,
    outcome: r.outcome,
    decidedOn: r.decided,
    value: dec(r.value),
    risk: dec(r.risk),
    granted: int(r.granted),
  }));
  return { points, total: found.length ? int(found[0].total) : 0 };
}
