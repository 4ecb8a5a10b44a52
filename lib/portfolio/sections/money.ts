// Money per phase and per year, from the ledgers themselves: grants and returns from the pool
// ledger (in its budget year), spending from the expenses (by the day spent, reversals included),
// pledges by the year their phase is planned to start. One statement, GROUPING SETS for the totals.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Money, MoneyRow, PhaseWord } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { int, rows } from "../sql";

type Row = {
  phase: PhaseWord | null;
  year: number | null;
  g_phase: number;
  g_year: number;
  granted: bigint;
  pledged: bigint;
  spent: bigint;
  returned: bigint;
};

export async function loadMoney(user: Viewer, f: PortfolioFilters): Promise<Money> {
  const inYear = f.year ? Prisma.sql`WHERE year = ${f.year}` : Prisma.empty;
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    ph AS (SELECT ph.id, ph.kind, ph."plannedStart" FROM "Phase" ph JOIN scope s ON s.id = ph."pilotId"),
    flows AS (
      SELECT ph.kind, pool.year, CASE WHEN e.kind = 'GRANT' THEN -e.amount ELSE 0 END AS granted, 0 AS pledged, 0 AS spent,
        CASE WHEN e.kind = 'RETURN' THEN e.amount ELSE 0 END AS returned
      FROM "PoolEntry" e JOIN "Pool" pool ON pool.id = e."poolId" JOIN ph ON ph.id = e."phaseId"
      WHERE e.kind IN ('GRANT', 'RETURN')
      UNION ALL
      SELECT ph.kind, extract(year FROM x."spentOn")::int, 0, 0, x.amount, 0 FROM "Expense" x JOIN ph ON ph.id = x."phaseId"
      UNION ALL
      SELECT ph.kind, extract(year FROM ph."plannedStart")::int, 0, pl.amount, 0, 0 FROM "Pledge" pl JOIN ph ON ph.id = pl."phaseId"
    )
    SELECT lower(kind::text) AS phase, year, GROUPING(kind)::int AS g_phase, GROUPING(year)::int AS g_year,
      sum(granted)::bigint AS granted, sum(pledged)::bigint AS pledged, sum(spent)::bigint AS spent, sum(returned)::bigint AS returned
    FROM flows ${inYear}
    GROUP BY GROUPING SETS ((kind), (year), ())
    ORDER BY g_phase, kind, year`);
  const money = (r: Row | undefined): MoneyRow => ({
    granted: int(r?.granted),
    pledged: int(r?.pledged),
    spent: int(r?.spent),
    returned: int(r?.returned),
  });
  const byPhase = (["test", "demonstration", "scale"] as const).map((phase) => ({
    phase,
    ...money(found.find((r) => r.g_phase === 0 && r.phase === phase)),
  }));
  const byYear = found.filter((r) => r.g_year === 0).map((r) => ({ year: Number(r.year), ...money(r) }));
  return { byPhase, byYear, total: money(found.find((r) => r.g_phase === 1 && r.g_year === 1)) };
}
