// The CSV import commits all rows or none, in one transaction with one audit row. The server parses
// the text again itself — the browser's preview is a courtesy, never trusted — against the
// measurements stored at that moment, under the pilot's lock, so two imports cannot interleave.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { authorizeRecording, lockOpenPilot, requireSignedIn } from "../results/access";
import { visibleKpi } from "./access";
import { parseMeasurementsCsv } from "./csv";
import { danishDay } from "./time";

/** A large import inserts 10,000 rows: give it time rather than fail half-way (it would roll back anyway). */
const IMPORT_TX = { maxWait: 20_000, timeout: 60_000 } as const;

export async function importMeasurements(user: SessionUser | null, kpiId: number, csv: string) {
  requireSignedIn(user);
  const { pilot } = await visibleKpi(user, kpiId);
  authorizeRecording(user, pilot);
  return prisma.$transaction(async (tx) => {
    await lockOpenPilot(tx, pilot.id);
    const stored = await tx.kpiMeasurement.findMany({ where: { kpiId }, select: { measuredAt: true, value: true } });
    const parsed = parseMeasurementsCsv(csv, { today: danishDay(new Date()), existing: new Map(stored.map((m) => [m.measuredAt.getTime(), m.value])) });
    if (parsed.fileError) throw new AppError("BAD_REQUEST", `results.csv.file.${parsed.fileError}`, { csv: `results.csv.file.${parsed.fileError}` });
    if (parsed.errors.length) {
      const first = parsed.errors[0];
      const params = { count: new Set(parsed.errors.map((e) => e.row)).size, row: first.row, column: first.column };
      throw new AppError("BAD_REQUEST", "results.csv.rejected", { csv: "results.csv.rejected" }, { params, details: { errors: parsed.errors } });
    }
    if (parsed.rows.length === 0) throw new AppError("BAD_REQUEST", "results.csv.nothingNew", { csv: "results.csv.nothingNew" });
    await tx.kpiMeasurement.createMany({ data: parsed.rows.map((r) => ({ kpiId, measuredAt: r.measuredAt, value: r.value, note: r.note, source: "IMPORT" as const, createdById: user.id })) });
    const days = parsed.rows.map((r) => r.day).sort();
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Kpi",
      entityId: kpiId,
      action: "import-measurements",
      after: { imported: parsed.rows.length, alreadyStored: parsed.already.length, from: days[0], to: days.at(-1)! },
    });
    return { imported: parsed.rows.length, alreadyStored: parsed.already.length };
  }, IMPORT_TX);
}
