// Measurements by hand: one value on one day, and deleting a wrong one. Both are audited with the
// value, so a correction can always be traced. (The CSV import is lib/kpis/import.ts.)
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { measurementSchema, type MeasurementInput } from "./schemas";
import { visibleKpi, visibleMeasurement } from "./access";

import { dayToInstant } from "../dates";
import { parseOrThrow } from "../validation";
import { authorizeRecording, lockPilotFor } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";
export async function addMeasurement(
  user: SessionUser | null,
  input: Omit<MeasurementInput, "note"> & { note?: string },
) {
  requireSignedIn(user);
  const data = parseOrThrow(measurementSchema, input);
  const { pilot } = await visibleKpi(user, data.kpiId);
  authorizeRecording(user, pilot, "recordKpi");
  const measuredAt = dayToInstant(data.date);
  return prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilot.id, "recordKpi");
    // One value per moment: a second one on the same day would be a silent contradiction in the chart.
    if (await tx.kpiMeasurement.findFirst({ where: { kpiId: data.kpiId, measuredAt }, select: { id: true } })) {
      throw new AppError("CONFLICT", "results.errors.measurementExists", { date: "results.errors.measurementExists" });
    }
    const m = await tx.kpiMeasurement.create({
      data: {
        kpiId: data.kpiId,
        measuredAt,
        value: data.value,
        note: data.note ?? null,
        source: "MANUAL",
        createdById: user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "KpiMeasurement",
      entityId: m.id,
      action: "create",
      after: { kpiId: data.kpiId, date: data.date, value: data.value, note: data.note ?? null, source: "MANUAL" },
    });
    return m;
  });
}

export async function deleteMeasurement(user: SessionUser | null, measurementId: number) {
  requireSignedIn(user);
  const m = await visibleMeasurement(user, measurementId);
  authorizeRecording(user, m.kpi.pilot, "recordKpi");
  await prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, m.kpi.pilot.id, "recordKpi");
    const { count } = await tx.kpiMeasurement.deleteMany({ where: { id: m.id } });
    if (count === 0) throw new AppError("NOT_FOUND", "errors.notFound"); // deleted by another submit meanwhile
    await recordAudit(tx, {
      actorId: user.id,
      communityId: m.kpi.pilot.communityId,
      entity: "KpiMeasurement",
      entityId: m.id,
      action: "delete",
      before: {
        kpiId: m.kpiId,
        measuredAt: m.measuredAt.toISOString(),
        value: m.value,
        source: m.source,
        note: m.note,
      },
    });
  });
}
