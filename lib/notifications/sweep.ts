// Notices that no user action triggers — a phase past its planned end, a condition falling due — are
// found by a sweep. The sweep is idempotent: every notice has a unique (user, event) key and is
// inserted with ON CONFLICT DO NOTHING, so it can run on every app instance, at the same moment,
// as often as it likes, and each user still hears of each event once (docs/decisions/0011).
import "server-only";
import { prisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { deliverPending } from "../mail/outbox";
import { dedupeKey } from "./kinds";
import { notify, roleHolders, type NoticeEvent } from "./notify";

/** A condition is "due" this many days before its date, so there is time to meet it. */
export const CONDITION_NOTICE_DAYS = 7;
/** How often one app instance sweeps at most; triggered lazily by signed-in page loads. */
export const SWEEP_INTERVAL_MS = 5 * 60_000;

const DAY_MS = 86_400_000;
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export async function sweepDue(now = new Date(), db: PrismaClient = prisma): Promise<number> {
  const today = utcDay(now);
  const [phases, conditions] = await Promise.all([
    // Past its planned end (a date column: the end day itself still counts as on time) and no decision yet.
    db.phase.findMany({
      where: { status: { in: ["ACTIVE", "AWAITING_GATE"] }, plannedEnd: { lt: today }, pilot: { status: "ACTIVE" } },
      select: { id: true, plannedEnd: true, pilotId: true, pilot: { select: { communityId: true, projectLeadId: true } } },
    }),
    db.gateCondition.findMany({
      where: { doneAt: null, dueDate: { not: null, lte: new Date(today.getTime() + CONDITION_NOTICE_DAYS * DAY_MS) } },
      select: {
        id: true,
        dueDate: true,
        decisionId: true,
        decision: { select: { reviewId: true, review: { select: { phaseId: true, phase: { select: { pilotId: true, pilot: { select: { communityId: true, projectLeadId: true } } } } } } } },
      },
    }),
  ]);
  return db.$transaction(async (tx) => {
    const secretariat = new Map<number, number[]>();
    const secretariatOf = async (communityId: number) => {
      if (!secretariat.has(communityId)) secretariat.set(communityId, await roleHolders(tx, communityId, "SECRETARIAT"));
      return secretariat.get(communityId)!;
    };
    const batch: { event: NoticeEvent; to: number[] }[] = [];
    // The lead must close the phase (or has, and waits); the secretariat runs the gate meetings.
    for (const p of phases) {
      const event = { kind: "PHASE_OVERDUE" as const, dedupeKey: dedupeKey.phaseOverdue(p.id, p.plannedEnd), pilotId: p.pilotId, phaseId: p.id };
      batch.push({ event, to: [p.pilot.projectLeadId, ...(await secretariatOf(p.pilot.communityId))] });
    }
    // The lead meets the condition; the secretariat marks it done (lib/gates/conditions.ts).
    for (const c of conditions) {
      const { phaseId, phase } = c.decision.review;
      const event = { kind: "CONDITION_DUE" as const, dedupeKey: dedupeKey.conditionDue(c.id, c.dueDate!), pilotId: phase.pilotId, phaseId, reviewId: c.decision.reviewId, decisionId: c.decisionId, conditionId: c.id };
      batch.push({ event, to: [phase.pilot.projectLeadId, ...(await secretariatOf(phase.pilot.communityId))] });
    }
    const active = new Set((await tx.user.findMany({ where: { id: { in: [...new Set(batch.flatMap((b) => b.to))] }, deactivatedAt: null }, select: { id: true } })).map((u) => u.id));
    return notify(tx, batch.map((b) => ({ ...b, to: b.to.filter((id) => active.has(id)) })));
  });
}

const g = globalThis as unknown as { __notificationSweepAt?: number };

/**
 * The lazy trigger: at most once per SWEEP_INTERVAL_MS per instance, called after a signed-in page
 * has been sent. No timer to start or stop, nothing to run when nobody uses the app, and several
 * instances sweeping at once is harmless. Pending e-mail (including retries) goes out on the same beat.
 */
export async function sweepIfDue(now = Date.now()): Promise<void> {
  if (g.__notificationSweepAt && now - g.__notificationSweepAt < SWEEP_INTERVAL_MS) return;
  g.__notificationSweepAt = now;
  try {
    await sweepDue(new Date(now));
    await deliverPending();
  } catch (err) {
    // A failed sweep is retried on the next beat; it must never disturb the page that triggered it.
    console.warn("notification sweep failed", err);
  }
}
