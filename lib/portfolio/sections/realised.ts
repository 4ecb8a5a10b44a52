// Realised benefits from the benefit profiles (gevinstrealisering, issue 18): per benefit kind, unit
// and year, what the organisations realised and what their likely targets expected. Added up only
// within one kind AND one unit (PRODUCT.md rule 9); a quality score is not a quantity and is left
// to the pilot page. With a year, that year only.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { BenefitWord, RealisedBenefit } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { dec, int, rows } from "../sql";
import { BENEFIT_KINDS } from "./benefits";

type Row = {
  benefit: BenefitWord;
  unit: string;
  year: number;
  profiles: bigint;
  realised: number | null;
  expected: number | null;
};

export async function loadRealisedBenefits(user: Viewer, f: PortfolioFilters): Promise<RealisedBenefit[]> {
  const year = f.year ? Prisma.sql`WHERE y.year = ${f.year}` : Prisma.empty;
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    prof AS (
      SELECT bp.id, lower(bp.kind::text) AS benefit, bp.unit FROM "BenefitProfile" bp JOIN scope s ON s.id = bp."pilotId"
      WHERE bp.kind::text IN (${Prisma.join(BENEFIT_KINDS.map((k) => Prisma.sql`${k}`))})
    ),
    real AS (
      SELECT p.benefit, p.unit, extract(year FROM r."periodStart")::int AS year, sum(r.value) AS realised, count(DISTINCT p.id) AS profiles
      FROM "BenefitRealisation" r JOIN prof p ON p.id = r."profileId" GROUP BY 1, 2, 3
    ),
    exp AS (
      SELECT p.benefit, p.unit, t.year, sum(t.likely) AS expected, count(DISTINCT p.id) AS profiles
      FROM "BenefitTarget" t JOIN prof p ON p.id = t."profileId" GROUP BY 1, 2, 3
    ),
    y AS (
      SELECT coalesce(real.benefit, exp.benefit) AS benefit, coalesce(real.unit, exp.unit) AS unit, coalesce(real.year, exp.year) AS year,
        greatest(coalesce(real.profiles, 0), coalesce(exp.profiles, 0)) AS profiles, real.realised, exp.expected
      FROM real FULL JOIN exp ON exp.benefit = real.benefit AND exp.unit = real.unit AND exp.year = real.year
    )
    SELECT * FROM y ${year} ORDER BY benefit, unit, year`);
  return found.map((r) => ({
    benefit: r.benefit,
    unit: r.unit,
    year: int(r.year),
    profiles: int(r.profiles),
    realised: dec(r.realised),
    expected: dec(r.expected),
  }));
}
