// What the portfolio covers: pilots per UN SDG (all 17, zeros included, so a gap shows) and the
// technology × domain matrix with its row and column totals (a pilot with two domains counts once
// in its technology's total).
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

// Each tag once per pilot (its first place in the array: a pilot's arrays hold no duplicates today,
// but the database does not forbid them), so plain counts equal the distinct-pilot counts. Four
// grouped counts are cheaper than count(DISTINCT) over GROUPING SETS, which sorts every pair.
const TECH = Prisma.raw("unnest(s.technologies) WITH ORDINALITY AS t(technology, i)");
const DOM = Prisma.raw("unnest(s.domains) WITH ORDINALITY AS d(domain, j)");
const FIRST_TECH = Prisma.raw("array_position(s.technologies, t.technology) = t.i");
const FIRST_DOM = Prisma.raw("array_position(s.domains, d.domain) = d.j");

export async function loadTechDomain(user: Viewer, f: PortfolioFilters): Promise<TechDomainCell[]> {
  const found = await rows<{ technology: string | null; domain: string | null; pilots: bigint }>(Prisma.sql`
    WITH ${scopeCte(user, f)}
    SELECT t.technology, d.domain, count(*) AS pilots FROM scope s CROSS JOIN LATERAL ${TECH} CROSS JOIN LATERAL ${DOM} WHERE ${FIRST_TECH} AND ${FIRST_DOM} GROUP BY 1, 2
    UNION ALL
    SELECT t.technology, NULL, count(*) FROM scope s CROSS JOIN LATERAL ${TECH} WHERE ${FIRST_TECH} AND cardinality(s.domains) > 0 GROUP BY 1
    UNION ALL
    SELECT NULL, d.domain, count(*) FROM scope s CROSS JOIN LATERAL ${DOM} WHERE ${FIRST_DOM} AND cardinality(s.technologies) > 0 GROUP BY 2
    UNION ALL
    SELECT NULL, NULL, count(*) FROM scope s WHERE cardinality(s.technologies) > 0 AND cardinality(s.domains) > 0
    ORDER BY 1 NULLS LAST, 2 NULLS LAST`);
  return found.map((r) => ({ technology: r.technology, domain: r.domain, pilots: int(r.pilots) }));
}
