// Benefits realised (gevinstrealisering): for every KPI whose benefit is kroner or hours saved or
// CO2e avoided, the improvement from its baseline to its latest measurement, against the improvement
// its target asks for, direction-aware (for "lower is better" a fall is the gain). Added up only
// within one benefit kind AND one unit: m³ a month and kr. a month are never summed together.
// The target is that of the phase that matters now (open phase, else last decided, else first),
// as on the pilot page (lib/kpis/summary.ts). With a year, measurements up to that year's end.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { BenefitRow, BenefitWord, BenefitYear, PhaseWord } from "../types";
import type { PortfolioFilters } from "../filters";
import { PHASE_ORDER, local, scopeCte, type Viewer } from "../scope";
import { dec, int, rows } from "../sql";

export const BENEFIT_KINDS = ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED"] as const;

function kpisCte(user: Viewer, f: PortfolioFilters): Prisma.Sql {
  return Prisma.sql`${scopeCte(user, f)},
    kpi AS (
      SELECT k.id, k."pilotId", s.title, s."communityId", k."benefitKind", k.unit, k.baseline,
        CASE WHEN k.direction = 'HIGHER_IS_BETTER' THEN 1 ELSE -1 END AS sign
      FROM "Kpi" k JOIN scope s ON s.id = k."pilotId"
      WHERE k."benefitKind" IN (${Prisma.raw(BENEFIT_KINDS.map((b) => `'${b}'`).join(", "))})
    )`;
}

type Row = {
  g_community: number;
  g_phase: number;
  g_pilot: number;
  benefit: BenefitWord;
  unit: string;
  community: string | null;
  phase: PhaseWord | null;
  pilot_id: number | null;
  title: string | null;
  kpis: bigint;
  reached: bigint;
  realised: number;
  target: number;
  pilot_rows: bigint;
};

/**
 * The totals, per community and per phase of every benefit kind and unit, and the rows per pilot;
 * with `perUnit`, only the `perUnit` pilots with the largest realised gain in each kind and unit
 * (ties by id), and `pilotRows`, how many rows per pilot there are. The other groups are summed in
 * SQL over every KPI, never over the kept pilot rows.
 */
export async function loadBenefits(
  user: Viewer,
  f: PortfolioFilters,
  perUnit?: number,
): Promise<{ rows: BenefitRow[]; pilotRows: number }> {
  const until = f.year ? Prisma.sql`AND ${local('m."measuredAt"')} < make_date(${f.year + 1}, 1, 1)` : Prisma.empty;
  const keep =
    perUnit === undefined
      ? Prisma.empty
      : Prisma.sql`WHERE g_pilot <> 0 OR rank <= ${Math.max(0, Math.trunc(perUnit))}`;
  const found = await rows<Row>(Prisma.sql`
    WITH ${kpisCte(user, f)},
    latest AS (
      SELECT DISTINCT ON (m."kpiId") m."kpiId", m.value FROM "KpiMeasurement" m JOIN kpi ON kpi.id = m."kpiId"
      WHERE NOT m.flagged ${until} ORDER BY m."kpiId", m."measuredAt" DESC, m.id DESC
    ),
    target AS (
      SELECT DISTINCT ON (t."kpiId") t."kpiId", t.target, ph.kind
      FROM "KpiTarget" t JOIN kpi ON kpi.id = t."kpiId" JOIN "Phase" ph ON ph.id = t."phaseId"
      ORDER BY t."kpiId",
        CASE WHEN ph.status IN ('ACTIVE', 'AWAITING_GATE') THEN 0 WHEN ph.status = 'DECIDED' THEN 1 ELSE 2 END,
        CASE WHEN ph.status = 'DECIDED' THEN -${PHASE_ORDER("ph.kind")} ELSE ${PHASE_ORDER("ph.kind")} END
    ),
    gains AS (
      SELECT kpi.*, c.name AS community, t.kind AS phase,
        kpi.sign * (l.value - kpi.baseline) AS realised, kpi.sign * (t.target - kpi.baseline) AS goal,
        coalesce(kpi.sign * (l.value - t.target) >= 0, FALSE) AS reached
      FROM kpi JOIN latest l ON l."kpiId" = kpi.id LEFT JOIN target t ON t."kpiId" = kpi.id JOIN "Community" c ON c.id = kpi."communityId"
    ),
    grouped AS (
      SELECT GROUPING(community)::int AS g_community, GROUPING(phase)::int AS g_phase, GROUPING("pilotId", title)::int AS g_pilot,
        "benefitKind", unit, community, phase, "pilotId", title,
        count(*) AS kpis, count(*) FILTER (WHERE reached) AS reached, sum(realised)::float8 AS realised, sum(goal)::float8 AS target
      FROM gains
      GROUP BY GROUPING SETS (("benefitKind", unit), ("benefitKind", unit, community), ("benefitKind", unit, phase), ("benefitKind", unit, "pilotId", title))
    ),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY "benefitKind", unit, g_pilot ORDER BY realised DESC NULLS LAST, "pilotId") AS rank,
        count(*) FILTER (WHERE g_pilot = 0) OVER () AS pilot_rows
      FROM grouped
    )
    SELECT g_community, g_phase, g_pilot, lower("benefitKind"::text) AS benefit, unit, community, lower(phase::text) AS phase, "pilotId" AS pilot_id, title,
      kpis, reached, realised, target, pilot_rows
    FROM ranked ${keep}
    ORDER BY "benefitKind", unit, g_community DESC, g_phase DESC, g_pilot DESC, community, phase, title`);
  const out = found.map((r) => ({
    group: (r.g_community === 0
      ? "community"
      : r.g_phase === 0
        ? "phase"
        : r.g_pilot === 0
          ? "pilot"
          : "total") as BenefitRow["group"],
    benefit: r.benefit,
    unit: r.unit,
    community: r.community,
    phase: r.phase,
    pilotId: r.pilot_id,
    pilotTitle: r.title,
    kpis: int(r.kpis),
    reached: int(r.reached),
    realised: dec(r.realised) ?? 0,
    target: dec(r.target) ?? 0,
  }));
  return { rows: out, pilotRows: found.length ? int(found[0].pilot_rows) : 0 };
}

/** The same gains at the end of each year: the last measurement of each KPI in each year. */
export async function loadBenefitYears(user: Viewer, f: PortfolioFilters): Promise<BenefitYear[]> {
  const inYear = f.year ? Prisma.sql`WHERE year <= ${f.year}` : Prisma.empty;
  const found = await rows<{
    benefit: BenefitWord;
    unit: string;
    year: number;
    kpis: bigint;
    realised: number;
  }>(Prisma.sql`
    WITH ${kpisCte(user, f)},
    -- The last measurement of a year is the one whose successor (by time, then id) lies in another
    -- year or does not exist: one window over the measurements in index order, no sort of them all.
    stamped AS (
      SELECT m."kpiId", extract(year FROM ${local('m."measuredAt"')})::int AS year, m.value,
        lead(extract(year FROM ${local('m."measuredAt"')})::int) OVER (PARTITION BY m."kpiId" ORDER BY m."measuredAt", m.id) AS next_year
      FROM "KpiMeasurement" m JOIN kpi ON kpi.id = m."kpiId" WHERE NOT m.flagged
    ),
    yearly AS (SELECT "kpiId", year, value FROM stamped WHERE next_year IS DISTINCT FROM year)
    SELECT lower(kpi."benefitKind"::text) AS benefit, kpi.unit, y.year, count(*) AS kpis, sum(kpi.sign * (y.value - kpi.baseline))::float8 AS realised
    FROM yearly y JOIN kpi ON kpi.id = y."kpiId"
    ${inYear}
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  return found.map((r) => ({
    benefit: r.benefit,
    unit: r.unit,
    year: Number(r.year),
    kpis: int(r.kpis),
    realised: dec(r.realised) ?? 0,
  }));
}
