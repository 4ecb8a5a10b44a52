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

/** Money of a phase as the page, the export and the API show it; all whole kroner. */
export function phaseMoney(p: { granted: number; spent: number; pledges: { amount: number }[] }) {
  const pledged = p.pledges.reduce((sum, x) => sum + x.amount, 0);
  return { granted: p.granted, pledged, spent: p.spent, remaining: p.granted - p.spent };
}
