// Expenses: the sum in a phase never exceeds its grant, even with concurrent posts from many
// browsers and instances — the phase row is locked, and a CHECK constraint backs it up.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { visiblePilotsWhere } from "../pilots/visibility";
import { assertAllowed } from "../pilots/access";
import { dateColumn, danishDay } from "../dates";
import type { SessionUser } from "../auth/session";
import type { ExpenseInput } from "./schemas";

import { lockPhase, MONEY_TX } from "../db/locks";
import { earlierAnswer, rememberAnswer } from "../db/once";
/** An expense as its author posted it: what the personal-data export lists of their expenses. */
export const expenseEntrySelect = {
  id: true,
  phaseId: true,
  amount: true,
  spentOn: true,
  category: true,
  description: true,
  createdAt: true,
} as const;
const expenseSelect = { ...expenseEntrySelect, reversesId: true } as const;

/** The phase and its pilot, if the user may see them (404 otherwise), and the right to spend (403). */
async function phaseForSpending(user: SessionUser | null, phaseId: number) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const phase = await prisma.phase.findFirst({
    where: { id: phaseId, pilot: visiblePilotsWhere(user) },
    select: { id: true, pilot: { select: { id: true, communityId: true, projectLeadId: true, status: true } } },
  });
  if (!phase) throw new AppError("NOT_FOUND", "errors.notFound");
  authorize(user, "pilot.edit", { communityId: phase.pilot.communityId, pilot: phase.pilot });
  return phase;
}

export async function postExpense(user: SessionUser | null, phaseId: number, input: ExpenseInput) {
  const { pilot } = await phaseForSpending(user, phaseId);
  return prisma.$transaction(async (tx) => {
    const locked = await lockPhase(tx, phaseId);
    // The same form sent again (a retry after an unknown outcome, a second click): the expense it made.
    const earlier = await earlierAnswer<{ expenseId: number }>(tx, input.requestKey, user!.id, "postExpense");
    if (earlier)
      return {
        ...(await tx.expense.findUniqueOrThrow({ where: { id: earlier.expenseId }, select: expenseSelect })),
        remaining: locked.granted - locked.spent,
      };
    assertAllowed(pilot.status, "spend", {
      status: locked.status,
      refused: { message: "funding.phaseNotOpen", field: "amount" },
    });
    const remaining = locked.granted - locked.spent;
    if (input.amount > remaining) {
      const params = { remaining: { kroner: remaining } };
      throw new AppError(
        "CONFLICT",
        "funding.grantExceeded",
        { amount: "funding.grantExceeded" },
        { params, apiCode: "grant_exceeded", details: { remaining } },
      );
    }
    const expense = await tx.expense.create({
      data: {
        phaseId,
        amount: input.amount,
        spentOn: new Date(`${input.date}T00:00:00Z`),
        category: input.category,
        description: input.description,
        createdById: user!.id,
      },
      select: expenseSelect,
    });
    await tx.phase.update({ where: { id: phaseId }, data: { spent: { increment: input.amount } } });
    await recordAudit(tx, {
      actorId: user!.id,
      communityId: pilot.communityId,
      entity: "Expense",
      entityId: expense.id,
      action: "post",
      before: { phaseSpent: locked.spent },
      after: {
        ...expense,
        spentOn: input.date,
        createdAt: expense.createdAt.toISOString(),
        phaseSpent: locked.spent + input.amount,
      },
    });
    await rememberAnswer(tx, input.requestKey, user!.id, "postExpense", { expenseId: expense.id });
    return { ...expense, remaining: remaining - input.amount };
  }, MONEY_TX);
}

/** A correction is a new, negative entry that points at the original; nothing is edited. */
export async function reverseExpense(user: SessionUser | null, expenseId: number, reason: string) {
  const original = await prisma.expense.findUnique({
    where: { id: expenseId },
    select: { ...expenseSelect, reversedBy: { select: { id: true } } },
  });
  if (!original) throw new AppError("NOT_FOUND", "errors.notFound");
  const { pilot } = await phaseForSpending(user, original.phaseId);
  if (original.amount < 0 || original.reversedBy) throw new AppError("CONFLICT", "funding.alreadyReversed");
  return prisma.$transaction(async (tx) => {
    const locked = await lockPhase(tx, original.phaseId);
    assertAllowed(pilot.status, "spend", { status: locked.status, refused: { message: "funding.phaseNotOpen" } });
    const reversal = await tx.expense.create({
      data: {
        phaseId: original.phaseId,
        amount: -original.amount,
        spentOn: dateColumn(danishDay()),
        category: original.category,
        description: `Tilbageførsel af udgift #${original.id}: ${reason}`,
        reversesId: original.id,
        createdById: user!.id,
      },
      select: expenseSelect,
    });
    await tx.phase.update({ where: { id: original.phaseId }, data: { spent: { decrement: original.amount } } });
    await recordAudit(tx, {
      actorId: user!.id,
      communityId: pilot.communityId,
      entity: "Expense",
      entityId: original.id,
      action: "reverse",
      before: { reversed: false, phaseSpent: locked.spent },
      after: { reversed: true, reversalId: reversal.id, reason, phaseSpent: locked.spent - original.amount },
    });
    return reversal;
  }, MONEY_TX);
}
