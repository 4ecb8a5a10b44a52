// The funnel test → demonstration → scale-up → adopted → in operation in N organisations: how many pilots reached each phase, are in
// it now, went on from its gate, were stopped there or sent back. One query over the scope.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Funnel, FunnelStage, PhaseWord } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { dec, int, rows } from "../sql";

type Row = {
  phase: string | null;
  pass_rate: unknown;
  reached: bigint;
  current: bigint;
  passed: bigint;
  stopped: bigint;
  revised: bigint;
  pilots: bigint;
  drafts: bigint;
  active: bigint;
  adopted: bigint;
  stopped_pilots: bigint;
  in_operation: bigint | null;
};

export async function loadFunnel(user: Viewer, f: PortfolioFilters): Promise<Funnel> {
  // Per phase, what its gate decided (a phase may have several reviews: REVISE, then GO or STOP).
  // The pilot-status counts ride along as a totals row (phase NULL) of the same statement.
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    phases AS (
      SELECT ph.kind, ph.status::text AS status, ph."startedAt", s.status AS pilot_status,
        bool_or(d.outcome IN ('GO', 'ADOPT')) AS passed,
        bool_or(d.outcome = 'STOP') AS stopped,
        bool_or(d.outcome = 'REVISE') AS revised
      FROM "Phase" ph
      JOIN scope s ON s.id = ph."pilotId"
      LEFT JOIN "GateReview" r ON r."phaseId" = ph.id
      LEFT JOIN "GateDecision" d ON d."reviewId" = r.id
      GROUP BY ph.id, s.status
    )
    SELECT lower(kind::text) AS phase,
      count(*) FILTER (WHERE "startedAt" IS NOT NULL) AS reached,
      count(*) FILTER (WHERE status IN ('ACTIVE', 'AWAITING_GATE') AND pilot_status = 'ACTIVE') AS current,
      count(*) FILTER (WHERE passed) AS passed,
      count(*) FILTER (WHERE stopped) AS stopped,
      count(*) FILTER (WHERE revised) AS revised,
      round(count(*) FILTER (WHERE passed)::numeric / nullif(count(*) FILTER (WHERE passed OR stopped), 0), 3) AS pass_rate,
      NULL::bigint AS pilots, NULL::bigint AS drafts, NULL::bigint AS active, NULL::bigint AS adopted, NULL::bigint AS stopped_pilots, NULL::bigint AS in_operation
    FROM phases GROUP BY kind
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL,
      count(*), count(*) FILTER (WHERE status IN ('DRAFT', 'SUBMITTED')), count(*) FILTER (WHERE status = 'ACTIVE'),
      count(*) FILTER (WHERE status = 'ADOPTED'), count(*) FILTER (WHERE status = 'STOPPED'),
      -- Past ADOPT (issue 18): the organisations running one of the scope's solutions today.
      (SELECT count(DISTINCT o."organisationId") FROM "Operation" o JOIN scope s2 ON s2.id = o."pilotId" WHERE o.status = 'IN_OPERATION')
    FROM scope
    ORDER BY 1 NULLS LAST`);
  const totals = found.find((r) => r.phase === null)!;
  const stage = (phase: PhaseWord): FunnelStage => {
    const r = found.find((x) => x.phase === phase);
    return {
      phase,
      reached: int(r?.reached),
      current: int(r?.current),
      passed: int(r?.passed),
      stopped: int(r?.stopped),
      revised: int(r?.revised),
      passRate: dec(r?.pass_rate, 3),
    };
  };
  return {
    pilots: int(totals.pilots),
    drafts: int(totals.drafts),
    active: int(totals.active),
    adopted: int(totals.adopted),
    stopped: int(totals.stopped_pilots),
    inOperation: int(totals.in_operation),
    stages: (["test", "demonstration", "scale"] as const).map(stage),
  };
}
