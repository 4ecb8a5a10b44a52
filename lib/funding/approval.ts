// The secretariat approves a submitted pilot into its test phase with a grant from the pool
// (PRODUCT.md rule 3: the first phase's grant is set at creation, out of the pool), or sends it back.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";

import { budgetYear } from "../dates";
import { lockPilot, lockPool, MONEY_TX } from "../db/locks";
import { assertAllowed, lockPilotFor } from "../pilots/access";
import { hasStarted } from "../lifecycle";
import { earlierAnswer, rememberAnswer } from "../db/once";
async function submittedPilot(user: SessionUser | null, pilotId: number) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const pilot = await prisma.pilot.findFirst({
    where: { id: pilotId, ...visiblePilotsWhere(user) },
    select: { id: true, communityId: true },
  });
  if (!pilot) throw new AppError("NOT_FOUND", "errors.notFound");
  authorize(user, "pilot.approve", { communityId: pilot.communityId });
  return pilot;
}

type Approved = { phaseId: number; granted: number; poolBalance: number };

export async function approvePilot(user: SessionUser | null, pilotId: number, grant: number, requestKey?: string) {
  if (!Number.isSafeInteger(grant) || grant <= 0)
    throw new AppError("BAD_REQUEST", "funding.amountPositive", { grant: "funding.amountPositive" });
  const { communityId } = await submittedPilot(user, pilotId);
  return prisma.$transaction(async (tx) => {
    const row = await lockPilot(tx, pilotId);
    // The same approval sent again (a retry after an unknown outcome): its first answer.
    const earlier = await earlierAnswer<Approved>(tx, requestKey, user!.id, "approvePilot");
    if (earlier) return earlier;
    assertAllowed(row.status, "review");
    const test = await tx.phase.findUnique({
      where: { pilotId_kind: { pilotId, kind: "TEST" } },
      select: { id: true, status: true },
    });
    if (!test || hasStarted(test.status)) throw new AppError("CONFLICT", "funding.pilotNotSubmitted");
    const year = budgetYear();
    const pool = await lockPool(tx, communityId, year);
    if (pool.balance < grant) {
      const params = { balance: { kroner: pool.balance }, year };
      throw new AppError(
        "CONFLICT",
        "funding.poolInsufficient",
        { grant: "funding.poolInsufficient" },
        { params, apiCode: "pool_insufficient", details: { balance: pool.balance } },
      );
    }
    const now = new Date();
    await tx.pool.update({ where: { id: pool.id }, data: { balance: { decrement: grant } } });
    await tx.poolEntry.create({
      data: {
        poolId: pool.id,
        kind: "GRANT",
        amount: -grant,
        phaseId: test.id,
        note: "Testfase godkendt",
        createdById: user!.id,
      },
    });
    await tx.phase.update({ where: { id: test.id }, data: { granted: grant, status: "ACTIVE", startedAt: now } });
    await tx.pilot.update({
      where: { id: pilotId },
      data: { status: "ACTIVE", reviewComment: null, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user!.id,
      communityId,
      entity: "Pilot",
      entityId: pilotId,
      action: "approve",
      before: { status: "SUBMITTED", testPhase: { status: "PLANNED", granted: 0 }, poolBalance: pool.balance },
      after: {
        status: "ACTIVE",
        testPhase: { status: "ACTIVE", granted: grant },
        poolBalance: pool.balance - grant,
        year,
      },
    });
    const result: Approved = { phaseId: test.id, granted: grant, poolBalance: pool.balance - grant };
    await rememberAnswer(tx, requestKey, user!.id, "approvePilot", result);
    return result;
  }, MONEY_TX);
}

export async function sendPilotBack(user: SessionUser | null, pilotId: number, comment: string) {
  const { communityId } = await submittedPilot(user, pilotId);
  await prisma.$transaction(async (tx) => {
    await lockPilotFor(tx, pilotId, "review");
    await tx.pilot.update({
      where: { id: pilotId },
      data: { status: "DRAFT", reviewComment: comment, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user!.id,
      communityId,
      entity: "Pilot",
      entityId: pilotId,
      action: "send-back",
      before: { status: "SUBMITTED" },
      after: { status: "DRAFT", reviewComment: comment },
    });
  }, MONEY_TX);
}
