// Storing a batch of measurement points: all or none, in one transaction with one audit row, under
// the pilot's lock so two batches cannot interleave. The batch is checked here, inside the
// transaction, against the measurements stored at that moment; `check` throws an AppError (shaped
// for its caller: a CSV report or API fields) if any point is bad, and then nothing is written.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { AuditAction } from "../audit/kinds";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { visibleKpi } from "./access";
import type { Point } from "./points";

import { danishDay } from "../dates";
import { authorizeRecording, lockPilotFor } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";
/** A large batch inserts 10,000 rows: give it time rather than fail half-way (it would roll back anyway). */
const STORE_TX = { maxWait: 20_000, timeout: 60_000 } as const;

export type PointCheck = (ctx: { today: string; existing: ReadonlyMap<number, number> }) => {
  rows: Point[];
  already: number[];
};
export type StoreOptions = {
  source: "IMPORT" | "API";
  audit: Extract<AuditAction<"Kpi">, `${string}-measurements`>;
  nothingNew: { key: MessageKey; field: string } | null;
  check: PointCheck;
  /** Told after each chunk is inserted (inside the transaction: nothing is committed until the end). */
  progress?: (done: number, total: number) => Promise<void>;
};
const CHUNK = 1_000;

export async function storePoints(
  user: SessionUser | null,
  kpiId: number,
  { source, audit, nothingNew, check, progress }: StoreOptions,
) {
  requireSignedIn(user);
  const { pilot } = await visibleKpi(user, kpiId);
  authorizeRecording(user, pilot, "recordKpi");
  return prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilot.id, "recordKpi");
    const stored = await tx.kpiMeasurement.findMany({ where: { kpiId }, select: { measuredAt: true, value: true } });
    const { rows, already } = check({
      today: danishDay(new Date()),
      existing: new Map(stored.map((m) => [m.measuredAt.getTime(), m.value])),
    });
    if (rows.length === 0 && nothingNew)
      throw new AppError("BAD_REQUEST", nothingNew.key, { [nothingNew.field]: nothingNew.key });
    if (rows.length === 0) return { imported: 0, alreadyStored: already.length };
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.kpiMeasurement.createMany({
        data: rows.slice(i, i + CHUNK).map((r) => ({
          kpiId,
          measuredAt: r.measuredAt,
          value: r.value,
          note: r.note,
          source,
          createdById: user.id,
        })),
      });
      await progress?.(Math.min(i + CHUNK, rows.length), rows.length);
    }
    const days = rows.map((r) => r.day).sort();
    await recordAudit(tx, {
      actorId: user.id,
      communityId: pilot.communityId,
      entity: "Kpi",
      entityId: kpiId,
      action: audit,
      after: {
        imported: rows.length,
        alreadyStored: already.length,
        from: days[0],
        to: days.at(-1)!,
        ...(user.apiToken ? { tokenId: user.apiToken.id } : {}),
      },
    });
    return { imported: rows.length, alreadyStored: already.length };
  }, STORE_TX);
}
