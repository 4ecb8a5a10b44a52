// The community pool per year. Balance = contributions − grants + returned money, kept on the
// pool row (locked while it changes) and never below zero (CHECK constraint).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { splitTotal, SplitError, type SplitKey } from "./split";

import { lockPool, MONEY_TX } from "../db/locks";
export type ContributionInput = {
  year: number;
  total: number;
  splitKey: SplitKey;
  note?: string;
  custom?: Record<number, number>;
};

const SPLIT_MESSAGES = {
  NO_PARTIES: "funding.noParticipants",
  NO_POPULATION: "funding.noPopulation",
  CUSTOM_MISMATCH: "funding.customMismatch",
  NEGATIVE_TOTAL: "funding.amountPositive",
  NOT_WHOLE: "funding.amountWhole",
} as const;

export function splitOrExplain(...args: Parameters<typeof splitTotal>) {
  try {
    return splitTotal(...args);
  } catch (err) {
    if (err instanceof SplitError)
      throw new AppError("BAD_REQUEST", SPLIT_MESSAGES[err.reason], { splitKey: SPLIT_MESSAGES[err.reason] });
    throw err;
  }
}

/** Who pays into the pool: the community's active member organisations (not its secretariat). */
export async function contributingMembers(communityId: number) {
  const members = await prisma.communityMember.findMany({
    where: { communityId, status: "ACTIVE", organisation: { kind: { not: "SEKRETARIAT" } } },
    select: { organisation: { select: { id: true, name: true, population: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return members.map((m) => m.organisation);
}

export async function recordContributions(user: SessionUser | null, communityId: number, input: ContributionInput) {
  authorize(user, "community.pool", { communityId });
  const members = await contributingMembers(communityId);
  const shares = splitOrExplain(
    input.total,
    input.splitKey,
    members.map((m) => ({ organisationId: m.id, population: m.population, customAmount: input.custom?.[m.id] ?? 0 })),
  );
  return prisma.$transaction(async (tx) => {
    const pool = await lockPool(tx, communityId, input.year);
    const paying = shares.filter((s) => s.amount > 0);
    await tx.poolEntry.createMany({
      data: paying.map((s) => ({
        poolId: pool.id,
        kind: "CONTRIBUTION" as const,
        amount: s.amount,
        organisationId: s.organisationId,
        note: input.note || null,
        createdById: user.id,
      })),
    });
    await tx.pool.update({ where: { id: pool.id }, data: { balance: { increment: input.total } } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "Pool",
      entityId: pool.id,
      action: "contributions",
      before: { year: input.year, balance: pool.balance },
      after: { year: input.year, balance: pool.balance + input.total, splitKey: input.splitKey, shares: paying },
    });
    return { poolId: pool.id, balance: pool.balance + input.total, shares };
  }, MONEY_TX);
}

/** Balance and totals per year, summed in SQL from the ledger. */
export async function poolYears(user: SessionUser | null, communityId: number) {
  authorize(user, "community.pool", { communityId });
  const pools = await prisma.pool.findMany({
    where: { communityId },
    select: { id: true, year: true, balance: true },
    orderBy: { year: "desc" },
  });
  const sums = await prisma.poolEntry.groupBy({
    by: ["poolId", "kind"],
    where: { pool: { communityId } },
    _sum: { amount: true },
  });
  return pools.map((p) => {
    const of = (kind: string) => sums.find((s) => s.poolId === p.id && s.kind === kind)?._sum.amount ?? 0;
    return {
      ...p,
      contributions: of("CONTRIBUTION"),
      grants: -of("GRANT"),
      returned: of("RETURN"),
      adjustments: of("ADJUSTMENT"),
    };
  });
}

/** A year's ledger, newest first: what came in, what was granted to which phase, what came back. */
export async function poolLedger(user: SessionUser | null, communityId: number, year: number, take = 100) {
  authorize(user, "community.pool", { communityId });
  return prisma.poolEntry.findMany({
    where: { pool: { communityId, year } },
    select: {
      id: true,
      kind: true,
      amount: true,
      note: true,
      createdAt: true,
      organisation: { select: { name: true } },
      phase: { select: { kind: true, pilot: { select: { id: true, title: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}
