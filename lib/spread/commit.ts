// Interests become commitments, exactly once (PRODUCT.md rule 8; docs/decisions/0025). Two moments
// make an offer binding: the steering group's GO that opens the scale-up (inside the decision's own
// transaction, lib/gates/decide.ts), or — when the scale-up has already begun or the pilot is adopted —
// the window closing (the secretariat's button, or the lazy sweep after a page load). Either way the
// pilot's row is locked first and the offer's `committedAt` is read under that lock, so 20 GO presses
// and window closings at once make one set of pledges. Lock order: pilot → phase → pool.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, requireSignedIn } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { SpreadTrigger } from "../generated/prisma/enums";
import { budgetYear, danishDay, dateColumn, isoDay } from "../dates";
import { lockPhase, lockPool, MONEY_TX } from "../db/locks";
import { earlierAnswer, rememberAnswer } from "../db/once";
import { notify } from "../notifications/notify";
import { dedupeKey } from "../notifications/kinds";
import { kickOutbox } from "../notifications/outbox";
import { visiblePilotsWhere } from "../pilots/visibility";
import { scaleUpStarted, spreadAllows, spreadStage } from "../lifecycle";
import { lockSpread } from "./access";
import { buyIn, recomputedSplit, windowClosed } from "./rules";

type Tx = Prisma.TransactionClient;

export type Commitment = {
  offerId: number;
  trigger: SpreadTrigger;
  committed: { organisationId: number; pledge: number; buyIn: number }[];
  splitKey: string;
  cofunding: number;
};

type Plan = {
  offerId: number;
  pilotId: number;
  communityId: number;
  scalePhaseId: number;
  trigger: SpreadTrigger;
  late: boolean;
  decisionId: number | null;
  actorId: number | null;
};

/** The organisations the scale-up's co-funding is split over once `newcomers` join: whoever already pays, the pilot's own, and them. */
async function payingParties(tx: Tx, pilotId: number, scalePhaseId: number, newcomers: number[]) {
  const pilot = await tx.pilot.findUniqueOrThrow({
    where: { id: pilotId },
    select: { leadOrganisationId: true, participants: { select: { organisationId: true } } },
  });
  const pledged = await tx.pledge.findMany({ where: { phaseId: scalePhaseId }, select: { organisationId: true } });
  const ids = [
    ...new Set([
      pilot.leadOrganisationId,
      ...pilot.participants.map((p) => p.organisationId),
      ...pledged.map((p) => p.organisationId),
      ...newcomers,
    ]),
  ];
  const orgs = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, population: true } });
  return orgs.map((o) => ({ organisationId: o.id, population: o.population }));
}

/** The commitment itself, inside the caller's transaction; the caller holds the pilot's and the scale-up phase's locks. */
async function commit(tx: Tx, p: Plan): Promise<Commitment> {
  const interested = await tx.spreadParticipant.findMany({
    where: { offerId: p.offerId, status: "INTERESTED" },
    orderBy: { organisationId: "asc" },
    select: { id: true, organisationId: true, declaredById: true },
  });
  const now = new Date();
  const phase = await tx.phase.findUniqueOrThrow({
    where: { id: p.scalePhaseId },
    select: { cofundingTotal: true, splitKey: true },
  });
  const committed: Commitment["committed"] = [];
  let splitKey: string = phase.splitKey;
  if (interested.length > 0) {
    const before = await tx.pledge.findMany({
      where: { phaseId: p.scalePhaseId },
      select: { organisationId: true, amount: true },
      orderBy: { organisationId: "asc" },
    });
    const split = recomputedSplit(
      phase.cofundingTotal,
      phase.splitKey,
      await payingParties(
        tx,
        p.pilotId,
        p.scalePhaseId,
        interested.map((i) => i.organisationId),
      ),
    );
    splitKey = split.key;
    await tx.pledge.deleteMany({ where: { phaseId: p.scalePhaseId } });
    await tx.pledge.createMany({
      data: split.shares.map((s) => ({ phaseId: p.scalePhaseId, organisationId: s.organisationId, amount: s.amount })),
    });
    await tx.phase.update({ where: { id: p.scalePhaseId }, data: { splitKey: split.key, version: { increment: 1 } } });

    // A late joiner also pays its buy-in into the pool: a share of what the pilot has cost so far.
    const offer = await tx.spreadOffer.findUniqueOrThrow({
      where: { id: p.offerId },
      select: { buyInPercent: true, pilot: { select: { title: true } } },
    });
    let perJoiner = 0;
    let pool: { id: number; balance: number } | null = null;
    if (p.late && offer.buyInPercent > 0) {
      const cost = await tx.phase.aggregate({ where: { pilotId: p.pilotId }, _sum: { spent: true } });
      perJoiner = buyIn(cost._sum.spent ?? 0, offer.buyInPercent);
      if (perJoiner > 0) pool = await lockPool(tx, p.communityId, budgetYear(now));
    }
    for (const i of interested) {
      const pledge = split.shares.find((s) => s.organisationId === i.organisationId)!.amount;
      const entry = pool
        ? await tx.poolEntry.create({
            data: {
              poolId: pool.id,
              kind: "CONTRIBUTION",
              amount: perJoiner,
              organisationId: i.organisationId,
              phaseId: p.scalePhaseId,
              createdById: p.actorId,
              note: `Indkøb ved sen tilslutning (${offer.buyInPercent} %): ${offer.pilot.title}`,
            },
            select: { id: true },
          })
        : null;
      await tx.spreadParticipant.update({
        where: { id: i.id },
        data: {
          status: "COMMITTED",
          committedAt: now,
          pledgeAmount: pledge,
          buyInAmount: entry ? perJoiner : 0,
          buyInEntryId: entry?.id ?? null,
        },
      });
      committed.push({ organisationId: i.organisationId, pledge, buyIn: entry ? perJoiner : 0 });
    }
    if (pool)
      await tx.pool.update({ where: { id: pool.id }, data: { balance: { increment: perJoiner * interested.length } } });
    await recordAudit(tx, {
      actorId: p.actorId,
      communityId: p.communityId,
      entity: "Phase",
      entityId: p.scalePhaseId,
      action: "spread-pledges",
      before: { cofundingTotal: phase.cofundingTotal, splitKey: phase.splitKey, pledges: before },
      after: {
        cofundingTotal: phase.cofundingTotal,
        splitKey: split.key,
        pledges: split.shares,
        offerId: p.offerId,
        buyIns: committed.filter((c) => c.buyIn > 0),
        poolBalance: pool ? pool.balance + perJoiner * interested.length : undefined,
      },
    });
    // The contact who declared the interest hears that it is binding, in the same transaction.
    const users = await tx.user.findMany({
      where: { id: { in: interested.map((i) => i.declaredById) }, deactivatedAt: null },
      select: { id: true },
    });
    const active = new Set(users.map((u) => u.id));
    await notify(
      tx,
      interested
        .filter((i) => active.has(i.declaredById))
        .map((i) => ({
          event: {
            kind: "SPREAD_COMMITTED" as const,
            dedupeKey: dedupeKey.spreadCommitted(p.offerId, i.organisationId),
            pilotId: p.pilotId,
            phaseId: p.scalePhaseId,
            decisionId: p.decisionId,
          },
          to: [i.declaredById],
        })),
    );
  }
  await tx.spreadOffer.update({
    where: { id: p.offerId },
    data: { committedAt: now, trigger: p.trigger, decisionId: p.decisionId },
  });
  await recordAudit(tx, {
    actorId: p.actorId,
    communityId: p.communityId,
    entity: "SpreadOffer",
    entityId: p.offerId,
    action: "commit",
    after: { trigger: p.trigger, decisionId: p.decisionId, committed: committed.length, late: p.late },
  });
  return { offerId: p.offerId, trigger: p.trigger, committed, splitKey, cofunding: phase.cofundingTotal };
}

/**
 * At the GO that opens the scale-up: the open offer's interests become pledges in the decision's
 * transaction, which already holds the pilot's and both phases' locks. The scale-up starts with this
 * GO, so nobody is late: no buy-in. Returns null when the pilot has no open offer.
 */
export async function commitAtScaleUpGo(
  tx: Tx,
  d: { pilotId: number; communityId: number; scalePhaseId: number; decisionId: number; actorId: number },
): Promise<Commitment | null> {
  const offer = await tx.spreadOffer.findFirst({
    where: { pilotId: d.pilotId, committedAt: null },
    select: { id: true },
  });
  if (!offer) return null;
  return commit(tx, {
    offerId: offer.id,
    pilotId: d.pilotId,
    communityId: d.communityId,
    scalePhaseId: d.scalePhaseId,
    trigger: "SCALE_UP_GO",
    late: false,
    decisionId: d.decisionId,
    actorId: d.actorId,
  });
}

/** Under the pilot's lock: the offer, if it still waits and its window has closed, committed now. */
async function commitClosed(
  tx: Tx,
  offerId: number,
  actorId: number | null,
  strict: boolean,
): Promise<Commitment | null> {
  const found = await tx.spreadOffer.findUnique({ where: { id: offerId }, select: { pilotId: true } });
  if (!found) throw new AppError("NOT_FOUND", "errors.notFound");
  const locked = await lockSpread(tx, found.pilotId, "closeSpreadWindow", "spread.errors.notClosable");
  const offer = await tx.spreadOffer.findUniqueOrThrow({
    where: { id: offerId },
    select: { committedAt: true, closesOn: true },
  });
  if (offer.committedAt) {
    if (strict)
      throw new AppError("CONFLICT", "spread.errors.alreadyCommitted", undefined, { apiCode: "already_committed" });
    return null;
  }
  const closes = isoDay(offer.closesOn);
  if (!windowClosed({ closesOn: closes }, danishDay()))
    throw new AppError("CONFLICT", "spread.errors.windowStillOpen", undefined, {
      params: { closes },
      apiCode: "window_open",
    });
  const scale = locked.phases.find((ph) => ph.kind === "SCALE")!;
  await lockPhase(tx, scale.id);
  return commit(tx, {
    offerId,
    pilotId: locked.id,
    communityId: locked.communityId,
    scalePhaseId: scale.id,
    trigger: "WINDOW_CLOSED",
    late: scaleUpStarted(locked.stage),
    decisionId: null,
    actorId,
  });
}

/** The secretariat closes a window that has run out: the interests become commitments now. */
export async function closeSpreadWindow(user: SessionUser | null, offerId: number, requestKey?: string) {
  requireSignedIn(user);
  const offer = await prisma.spreadOffer.findFirst({
    where: { id: offerId, pilot: visiblePilotsWhere(user) },
    select: { pilot: { select: { communityId: true } } },
  });
  if (!offer) throw new AppError("NOT_FOUND", "errors.notFound");
  authorize(user, "spread.open", { communityId: offer.pilot.communityId });
  const result = await prisma.$transaction(async (tx) => {
    const earlier = await earlierAnswer<Commitment>(tx, requestKey, user.id, "closeSpreadWindow");
    if (earlier) return earlier;
    const done = (await commitClosed(tx, offerId, user.id, true))!;
    await rememberAnswer(tx, requestKey, user.id, "closeSpreadWindow", done);
    return done;
  }, MONEY_TX);
  kickOutbox();
  return result;
}

/**
 * Every offer whose window has closed on a pilot whose scale-up has begun (or that is adopted),
 * committed by nobody in particular: the lazy sweep's work. Idempotent and safe on many instances
 * at once — each offer is committed under its pilot's lock, and a committed one is skipped.
 */
export async function commitClosedWindows(today = danishDay()): Promise<number> {
  const due = await prisma.spreadOffer.findMany({
    where: { committedAt: null, closesOn: { lt: dateColumn(today) }, pilot: { status: { in: ["ACTIVE", "ADOPTED"] } } },
    select: { id: true, pilot: { select: { status: true, phases: { select: { kind: true, status: true } } } } },
  });
  let n = 0;
  for (const o of due) {
    if (!spreadAllows(spreadStage(o.pilot.status, o.pilot.phases), "closeSpreadWindow")) continue;
    const done = await prisma.$transaction(
      (tx) =>
        commitClosed(tx, o.id, null, false).catch((err) =>
          err instanceof AppError && err.code === "CONFLICT" ? null : Promise.reject(err),
        ),
      MONEY_TX,
    );
    if (done) n++;
  }
  if (n) kickOutbox();
  return n;
}

const g = globalThis as unknown as { __spreadSweepAt?: number };

/** At most every five minutes per instance, after a signed-in page was sent (as the notification sweep). */
export async function commitClosedWindowsIfDue(now = Date.now()): Promise<void> {
  if (g.__spreadSweepAt && now - g.__spreadSweepAt < 5 * 60_000) return;
  g.__spreadSweepAt = now;
  try {
    await commitClosedWindows();
  } catch (err) {
    console.warn("spread window sweep failed", err);
  }
}
