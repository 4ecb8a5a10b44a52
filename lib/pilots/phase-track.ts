// Where a pilot stands on the track test → demonstration → scale-up. Pure, so the list, the pilot
// page and the API agree on one answer, and unit tests need no database.
import type { PhaseKind, PhaseStatus } from "../generated/prisma/enums";
import { hasStarted } from "../lifecycle";

export const PHASE_ORDER: readonly PhaseKind[] = ["TEST", "DEMONSTRATION", "SCALE"];

/**
 * The phase the pilot is in: the furthest phase that has started (a planned phase has not). A draft
 * has none; an ended pilot keeps the phase it ended in, which is what a reader wants to know.
 */
export function currentPhase<P extends { kind: PhaseKind; status: PhaseStatus }>(phases: P[]): P | null {
  let found: P | null = null;
  for (const p of phases) {
    if (!hasStarted(p.status)) continue;
    if (!found || PHASE_ORDER.indexOf(p.kind) > PHASE_ORDER.indexOf(found.kind)) found = p;
  }
  return found;
}

/** Phases in track order, whatever order the database returned them in. */
export function inTrackOrder<P extends { kind: PhaseKind }>(phases: P[]): P[] {
  return [...phases].sort((a, b) => PHASE_ORDER.indexOf(a.kind) - PHASE_ORDER.indexOf(b.kind));
}

export type PhaseMoney = {
  requested: number;
  granted: number;
  pledged: number;
  spent: number;
  returned: number;
  remaining: number;
};

/**
 * Money of a phase, the one computation the pilot page, the expense ledger, the API and the exports
 * show; all whole kroner. A decided phase takes no more expenses: what it did not spend went back to
 * the pool with the decision (lib/gates/money.ts), so it has 0 kr. left and that much returned.
 */
export function phaseMoney(p: {
  status: PhaseStatus;
  requestedGrant: number;
  granted: number;
  spent: number;
  pledges: { amount: number }[];
}): PhaseMoney {
  const pledged = p.pledges.reduce((sum, x) => sum + x.amount, 0);
  const unspent = p.granted - p.spent;
  const decided = p.status === "DECIDED";
  return {
    requested: p.requestedGrant,
    granted: p.granted,
    pledged,
    spent: p.spent,
    returned: decided ? unspent : 0,
    remaining: decided ? 0 : unspent,
  };
}
