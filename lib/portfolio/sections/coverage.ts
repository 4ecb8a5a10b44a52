// What the portfolio covers: pilots per UN SDG (all 17, zeros included, so a gap shows) and the
// technology × domain matrix with its row and column totals (GROUPING SETS; a pilot with two
// domains counts once in its technology's total).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { SdgCoverage, TechDomainCell } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { dec, int, rows } from "../sql";

export async function loadSdgs(user: Viewer, f: PortfolioFilters): Promise<SdgCoverage[]> {
  const found = await rows<{ sdg: number; pilots: bigint; share: unknown }>(Prisma.sql`
    WITH ${scopeCte(user, f)}
    SELECT g.n AS sdg, count(s.id) AS pilots,
      round(count(s.id)::numeric / nullif((SELECT count(*) FROM scope), 0), 3) AS share
    FROM generate_series(1, 17) AS g(n) LEFT JOIN scope s ON g.n = ANY (s.sdgs)
    GROUP BY g.n ORDER BY g.n`);
  return found.map((r) => ({ sdg: Number(r.sdg), pilots: int(r.pilots), share: dec(r.share, 3) ?? 0 }));
}

export async function loadTechDomain(user: Viewer, f: PortfolioFilters): Promise<TechDomainCell[]> {
  const found = await rows<{ technology: string | null; domain: string | null; pilots: bigint }>(Prisma.sql`
    WITH ${scopeCte(user, f)}
    SELECT t.technology, d.domain, count(DISTINCT s.id) AS pilots
    FROM scope s CROSS JOIN LATERAL unnest(s.technologies) AS t(technology) CROSS JOIN LATERAL unnest(s.domains) AS d(domain)
    GROUP BY GROUPING SETS ((t.technology, d.domain), (t.technology), (d.domain), ())
    ORDER BY 1 NULLS LAST, 2 NULLS LAST`);
  return found.map((r) => ({ technology: r.technology, domain: r.domain, pilots: int(r.pilots) }));
}
