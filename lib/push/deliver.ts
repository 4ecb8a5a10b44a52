// One delivery to a push target: map the body, then — inside one transaction under the pilot's lock,
// like every other batch of measurements (lib/kpis/store.ts) — store the readings not stored before,
// log the delivery for "senest modtaget" and write one audit row. The idempotency key is (KPI,
// device, moment): a reading already stored is skipped, so a replayed body stores nothing new; one
// stored with another value is refused, never overwritten (docs/decisions/0024).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { visibleKpi } from "../kpis/access";
import { mapBody, readingKey, type Params, type PushReason, type Reading, type Refused } from "./mapping";
import type { PushTargetAuth } from "./authenticate";

import { authorizeRecording, lockPilotFor } from "../pilots/access";
import { danishDay } from "../dates";
const STORE_TX = { maxWait: 20_000, timeout: 60_000 } as const;
const CHUNK = 1_000;
/** The delivery log keeps the first refusals of a body, enough to see what went wrong. */
const LOGGED_REFUSALS = 5;

export type DeliveryStatus = 200 | 400 | 409 | 413 | 422;
export type Delivery = {
  deliveryId: number;
  status: DeliveryStatus;
  received: number;
  stored: number;
  alreadyStored: number;
  flagged: number;
  refused: Refused[];
  /** Why nothing was stored (422, 409, 413, 400): a message key and its parameters. */
  reason: MessageKey | null;
  params: Params;
};

export const reasonKey = (r: PushReason) => `push.reasons.${r}` as MessageKey;

type Tx = Prisma.TransactionClient;
type LogEntry = Omit<Prisma.PushDeliveryUncheckedCreateInput, "id" | "receivedAt">;

/** A delivery refused before or without its transaction (a body too large, not JSON, a closed pilot). */
export async function logRefusal(
  targetId: number,
  status: DeliveryStatus,
  reason: MessageKey,
  params: Params = {},
  receivedAt = new Date(),
): Promise<Delivery> {
  const row = await prisma.pushDelivery.create({
    data: { targetId, receivedAt, status, outcome: "REFUSED", reason, params },
    select: { id: true },
  });
  return {
    deliveryId: row.id,
    status,
    received: 0,
    stored: 0,
    alreadyStored: 0,
    flagged: 0,
    refused: [],
    reason,
    params,
  };
}

async function storedAt(tx: Tx, kpiId: number, readings: Reading[]) {
  const moments = [...new Set(readings.map((r) => r.measuredAt.getTime()))].map((t) => new Date(t));
  const rows = await tx.kpiMeasurement.findMany({
    where: { kpiId, measuredAt: { in: moments } },
    select: { deviceId: true, measuredAt: true, value: true },
  });
  return new Map(rows.map((r) => [readingKey(r.deviceId, r.measuredAt), r.value]));
}

export async function deliverPush(
  auth: { target: PushTargetAuth; user: SessionUser },
  body: unknown,
  receivedAt = new Date(),
): Promise<Delivery> {
  const { target, user } = auth;
  const mapped = mapBody(body, target.mapping, {
    receivedAt,
    plausibleMin: target.kpi.plausibleMin,
    plausibleMax: target.kpi.plausibleMax,
  });
  if (!mapped.ok)
    return logRefusal(
      target.id,
      mapped.reason === "tooManyReadings" ? 413 : 422,
      reasonKey(mapped.reason),
      mapped.params,
      receivedAt,
    );
  const received = mapped.readings.length + mapped.refused.length + mapped.repeated;
  if (mapped.readings.length === 0) {
    const first = mapped.refused[0];
    return {
      ...(await logRefusal(
        target.id,
        422,
        reasonKey(first.reason),
        { ...first.params, index: first.index, refused: mapped.refused.length },
        receivedAt,
      )),
      received,
      refused: mapped.refused,
    };
  }
  try {
    const { pilot } = await visibleKpi(user, target.kpiId);
    authorizeRecording(user, pilot, "recordKpi");
    return await prisma.$transaction(async (tx) => {
      await lockPilotFor(tx, pilot.id, "recordKpi");
      const stored = await storedAt(tx, target.kpiId, mapped.readings);
      const refused = [...mapped.refused];
      const fresh: Reading[] = [];
      let already = mapped.repeated;
      for (const r of mapped.readings) {
        const before = stored.get(readingKey(r.deviceId, r.measuredAt));
        if (before === undefined) fresh.push(r);
        else if (before === r.value) already++;
        else refused.push({ index: r.index, reason: "conflict", params: { stored: before } });
      }
      refused.sort((a, b) => a.index - b.index);
      for (let i = 0; i < fresh.length; i += CHUNK) {
        await tx.kpiMeasurement.createMany({
          data: fresh.slice(i, i + CHUNK).map((r) => ({
            kpiId: target.kpiId,
            measuredAt: r.measuredAt,
            value: r.value,
            deviceId: r.deviceId,
            flagged: r.flagged,
            source: "PUSH" as const,
            pushTargetId: target.id,
            createdById: user.id,
          })),
        });
      }
      const flagged = fresh.filter((r) => r.flagged).length;
      const status: DeliveryStatus = fresh.length > 0 || already > 0 ? 200 : 422;
      const reason = status === 422 ? reasonKey(refused[0].reason) : null;
      const days = fresh.map((r) => danishDay(r.measuredAt)).sort();
      const params: Params = fresh.length ? { from: days[0], to: days.at(-1)! } : {};
      const log: LogEntry = {
        targetId: target.id,
        status,
        outcome: fresh.length ? "STORED" : status === 200 ? "NOTHING_NEW" : "REFUSED",
        readings: received,
        stored: fresh.length,
        duplicates: already,
        flagged,
        reason,
        params: {
          ...params,
          refused: refused.length,
          first: refused.slice(0, LOGGED_REFUSALS).map((x) => ({ index: x.index, reason: x.reason, ...x.params })),
        },
      };
      const delivery = await tx.pushDelivery.create({ data: { ...log, receivedAt }, select: { id: true } });
      if (fresh.length > 0) {
        await recordAudit(tx, {
          actorId: user.id,
          communityId: pilot.communityId,
          entity: "Kpi",
          entityId: target.kpiId,
          action: "push-measurements",
          after: {
            pushTargetId: target.id,
            deliveryId: delivery.id,
            stored: fresh.length,
            alreadyStored: already,
            flagged,
            refused: refused.length,
            from: days[0],
            to: days.at(-1)!,
          },
        });
      }
      return {
        deliveryId: delivery.id,
        status,
        received,
        stored: fresh.length,
        alreadyStored: already,
        flagged,
        refused,
        reason,
        params,
      };
    }, STORE_TX);
  } catch (err) {
    // A pilot that ended or went under review meanwhile: the platform is told, and so is the lead.
    if (err instanceof AppError && err.code === "CONFLICT")
      return logRefusal(target.id, 409, err.messageKey, {}, receivedAt);
    throw err;
  }
}
