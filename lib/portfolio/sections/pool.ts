// The pool over time: each community's balance at the end of every month with money movements
// (a running sum, window function), and each year's pool by kind of entry. Pool figures are shown
// only for communities the viewer belongs to (members pay into the pool, the steering group spends it).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { Pool } from "../types";
import type { PortfolioFilters } from "../filters";
import { local, poolCommunitiesSql, type Viewer } from "../scope";
import { int, rows } from "../sql";
import { maySeePool } from "../visible-sql";

type Row = {
  part: "month" | "year";
  slug: string;
  name: string;
  month: string | null;
  year: number | null;
  net: bigint;
  balance: bigint;
  contributions: bigint;
  granted: bigint;
  returned: bigint;
  adjustments: bigint;
};

export async function loadPool(user: Viewer, f: PortfolioFilters): Promise<Pool> {
  const where = poolCommunitiesSql(user, f, "c");
  // With a year, the pool of that budget year; without, all pools together (what the community has left).
  const ofYear = f.year ? Prisma.sql`AND pool.year = ${f.year}` : Prisma.empty;
  const found = await rows<Row>(Prisma.sql`
    WITH entries AS (
      SELECT c.slug, c.name, pool.year, e.kind, e.amount, to_char(date_trunc('month', ${local('e."createdAt"')}), 'YYYY-MM') AS month
      FROM "PoolEntry" e JOIN "Pool" pool ON pool.id = e."poolId" JOIN "Community" c ON c.id = pool."communityId"
      WHERE ${where} ${ofYear}
    ),
    monthly AS (
      SELECT slug, name, month, sum(amount) AS net FROM entries GROUP BY slug, name, month
    )
    SELECT 'month' AS part, slug, name, month, NULL::int AS year, net::bigint,
      (sum(net) OVER (PARTITION BY slug ORDER BY month))::bigint AS balance,
      0::bigint AS contributions, 0::bigint AS granted, 0::bigint AS returned, 0::bigint AS adjustments
    FROM monthly
    UNION ALL
    SELECT 'year', slug, name, NULL, year, 0, sum(amount)::bigint,
      (sum(amount) FILTER (WHERE kind = 'CONTRIBUTION'))::bigint, (-sum(amount) FILTER (WHERE kind = 'GRANT'))::bigint,
      (sum(amount) FILTER (WHERE kind = 'RETURN'))::bigint, (sum(amount) FILTER (WHERE kind = 'ADJUSTMENT'))::bigint
    FROM entries GROUP BY slug, name, year
    ORDER BY part, slug, month, year`);
  const communities = [...new Map(found.map((r) => [r.slug, { slug: r.slug, name: r.name }])).values()];
  return {
    visible: maySeePool(user, f),
    communities,
    months: found
      .filter((r) => r.part === "month")
      .map((r) => ({ community: r.slug, month: r.month!, net: int(r.net), balance: int(r.balance) })),
    years: found
      .filter((r) => r.part === "year")
      .map((r) => ({
        community: r.slug,
        year: Number(r.year),
        contributions: int(r.contributions),
        granted: int(r.granted),
        returned: int(r.returned),
        adjustments: int(r.adjustments),
        balance: int(r.balance),
      })),
  };
}
