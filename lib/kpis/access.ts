// A KPI or a measurement reached through its pilot's visibility: not visible → 404, as for pilots.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";

import { pilotScopeSelect } from "../pilots/access";
export async function visibleKpi(user: SessionUser, kpiId: number) {
  const kpi = await prisma.kpi.findFirst({
    where: { id: kpiId, pilot: visiblePilotsWhere(user) },
    select: { id: true, name: true, pilot: { select: pilotScopeSelect } },
  });
  if (!kpi) throw new AppError("NOT_FOUND", "errors.notFound");
  return kpi;
}

export async function visibleMeasurement(user: SessionUser, measurementId: number) {
  const m = await prisma.kpiMeasurement.findFirst({
    where: { id: measurementId, kpi: { pilot: visiblePilotsWhere(user) } },
    select: {
      id: true,
      kpiId: true,
      measuredAt: true,
      value: true,
      source: true,
      note: true,
      kpi: { select: { pilot: { select: pilotScopeSelect } } },
    },
  });
  if (!m) throw new AppError("NOT_FOUND", "errors.notFound");
  return m;
}
