// The money a decision moves, inside the decision's transaction and under the pool's row lock:
// GO takes the next phase's grant, REVISE an optional extra grant; a phase that closes (GO, STOP,
// ADOPT) hands its unspent grant back, because a decided phase accepts no more expenses and money
// left on it would be lost to the pool. Both sides go through the ledger (GRANT < 0, RETURN > 0).
import "server-only";
import { AppError } from "../errors";
import type { GateOutcome, PhaseKind, Prisma } from "../generated/prisma/client";

import { budgetYear } from "../dates";
import { lockPool } from "../db/locks";
type Tx = Prisma.TransactionClient;

export type MoneyPlan = {
  communityId: number;
  outcome: GateOutcome;
  userId: number;
  pilotTitle: string;
  phase: { id: number; kind: PhaseKind; granted: number; spent: number };
  next: { id: number; kind: PhaseKind } | null;
  /** GO: the next phase's grant; REVISE: the extra grant (0 for none). */
  release: number;
};

export type MoneyMoved = {
  released: number;
  returned: number;
  year: number | null;
  poolBefore: number | null;
  poolAfter: number | null;
};

const PHASE_DA: Record<PhaseKind, string> = {
  TEST: "testfase",
  DEMONSTRATION: "demonstrationsfase",
  SCALE: "skaleringsfase",
};

export async function moveDecisionMoney(tx: Tx, p: MoneyPlan): Promise<MoneyMoved> {
  const returned = p.outcome === "REVISE" ? 0 : Math.max(0, p.phase.granted - p.phase.spent);
  const released = p.outcome === "GO" || p.outcome === "REVISE" ? p.release : 0;
  if (returned === 0 && released === 0) return { released, returned, year: null, poolBefore: null, poolAfter: null };

  const year = budgetYear();
  const pool = await lockPool(tx, p.communityId, year);
  // The returned money is in the pool before the grant is taken: a GO may use what its own phase gave back.
  const available = pool.balance + returned;
  if (released > available) {
    const params = { balance: { kroner: available }, amount: { kroner: released }, year };
    const field = p.outcome === "GO" ? "grant" : "extraGrant";
    throw new AppError(
      "CONFLICT",
      "gates.errors.poolInsufficient",
      { [field]: "gates.errors.poolInsufficient" },
      { params, apiCode: "pool_insufficient", details: { balance: available, year } },
    );
  }
  const entries: Prisma.PoolEntryCreateManyInput[] = [];
  if (returned > 0) {
    entries.push({
      poolId: pool.id,
      kind: "RETURN",
      amount: returned,
      phaseId: p.phase.id,
      createdById: p.userId,
      note: `Ubrugt bevilling tilbageført ved ${p.outcome === "GO" ? "go" : p.outcome === "STOP" ? "stop" : "adoption"} (${PHASE_DA[p.phase.kind]}): ${p.pilotTitle}`,
    });
  }
  if (released > 0) {
    const target = p.outcome === "GO" ? p.next! : p.phase;
    const note =
      p.outcome === "GO"
        ? `Bevilling til ${PHASE_DA[target.kind]} ved go: ${p.pilotTitle}`
        : `Ekstra bevilling ved revision af ${PHASE_DA[target.kind]}: ${p.pilotTitle}`;
    entries.push({
      poolId: pool.id,
      kind: "GRANT",
      amount: -released,
      phaseId: target.id,
      createdById: p.userId,
      note,
    });
  }
  await tx.poolEntry.createMany({ data: entries });
  const poolAfter = available - released;
  await tx.pool.update({ where: { id: pool.id }, data: { balance: poolAfter } });
  return { released, returned, year, poolBefore: pool.balance, poolAfter };
}
