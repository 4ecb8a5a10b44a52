// Gate decisions over time: per quarter (Danish time) and outcome, with the money each released
// and handed back; a quarter's totals (outcome "all") come from the same GROUPING SETS. With a
// year, that year's quarters only.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { DecisionQuarter } from "../types";
import type { PortfolioFilters } from "../filters";
import { local, scopeCte, type Viewer } from "../scope";
import { int, rows } from "../sql";

type Row = { quarter: string; outcome: DecisionQuarter["outcome"]; count: bigint; released: bigint; returned: bigint };

export async function loadDecisions(user: Viewer, f: PortfolioFilters): Promise<DecisionQuarter[]> {
  const at = local('d."decidedAt"');
  const quarter = Prisma.sql`to_char(${at}, 'YYYY-"Q"Q')`;
  const inYear = f.year ? Prisma.sql`WHERE extract(year FROM ${at}) = ${f.year}` : Prisma.empty;
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)}
    SELECT ${quarter} AS quarter, CASE WHEN GROUPING(d.outcome) = 1 THEN 'all' ELSE lower(d.outcome::text) END AS outcome,
      count(*) AS count, sum(d."releasedAmount")::bigint AS released, sum(d."returnedAmount")::bigint AS returned
    FROM "GateDecision" d JOIN "GateReview" r ON r.id = d."reviewId" JOIN "Phase" ph ON ph.id = r."phaseId" JOIN scope s ON s.id = ph."pilotId"
    ${inYear}
    GROUP BY GROUPING SETS ((${quarter}, d.outcome), (${quarter}))
    ORDER BY 1, GROUPING(d.outcome), d.outcome`);
  return found.map((r) => ({
    quarter: r.quarter,
    outcome: r.outcome,
    count: int(r.count),
    released: int(r.released),
    returned: int(r.returned),
  }));
}
