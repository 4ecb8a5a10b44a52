// What the KPI pages and the pilot page show: each KPI with its targets per phase and its
// measurements oldest first (the chart's order). A pilot the user may not see is null → 404.
import "server-only";
import { prisma } from "../db";
import { visiblePilotsWhere } from "../pilots/visibility";
import { inTrackOrder } from "../pilots/phase-track";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import { pilotOffers } from "../pilots/offers";
import { pilotHeadSelect } from "../pilots/selects";
import { kpiFieldsSelect } from "./selects";

/** A chart and its table stay readable, and the page light, with the newest 2,000 points. */
export const MEASUREMENTS_SHOWN = 2_000;

const kpiSelect = {
  id: true,
  ...kpiFieldsSelect,
  targets: { select: { phaseId: true, target: true } },
  measurements: {
    select: { id: true, measuredAt: true, value: true, source: true, note: true, deviceId: true, flagged: true },
    orderBy: [{ measuredAt: "desc" }, { id: "desc" }],
    take: MEASUREMENTS_SHOWN,
  },
} satisfies Prisma.KpiSelect;

// Counted apart: Prisma's nested `_count` groups the whole measurement table before joining it to
// these KPIs (a full scan per page; tests/integration/query-plans.test.ts), this counts only theirs.
async function measurementTotals(kpiIds: number[]): Promise<Map<number, number>> {
  if (kpiIds.length === 0) return new Map();
  const rows = await prisma.kpiMeasurement.groupBy({
    by: ["kpiId"],
    where: { kpiId: { in: kpiIds } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.kpiId, r._count._all]));
}

/** `which`: every KPI of the pilot, one by its id, or none (a page that needs only the pilot and its phases). */
export async function getKpiBoard(user: SessionUser | null, pilotId: number, which: "all" | "none" | number = "all") {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      ...pilotHeadSelect,
      phases: { select: { id: true, kind: true, status: true } },
      kpis: {
        where: which === "all" ? undefined : { id: which === "none" ? -1 : which },
        select: kpiSelect,
        orderBy: { id: "asc" },
      },
    },
  });
  if (!pilot) return null;
  const totals = await measurementTotals(pilot.kpis.map((k) => k.id));
  const kpis = pilot.kpis.map(({ measurements, ...k }) => ({
    ...k,
    measurements: measurements.reverse(),
    total: totals.get(k.id) ?? 0,
  }));
  const canRecord = pilotOffers(user, pilot).pilot("recordKpi");
  return { ...pilot, phases: inTrackOrder(pilot.phases), kpis, canRecord };
}

export type KpiBoard = NonNullable<Awaited<ReturnType<typeof getKpiBoard>>>;
export type BoardKpi = KpiBoard["kpis"][number];
export type BoardPhase = KpiBoard["phases"][number];
