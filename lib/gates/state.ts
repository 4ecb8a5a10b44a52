// The stage-gate state machine, pure so that unit tests can walk every transition without a
// database. The domain functions read the statuses under row locks and ask this module whether the
// step is allowed and what the rows become; they never decide that themselves.
import type { GateOutcome, PhaseKind, PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import { isEnded, phaseAllows, pilotAllows } from "../lifecycle";

export const OUTCOMES = ["GO", "REVISE", "STOP", "ADOPT"] as const satisfies readonly GateOutcome[];

/** The phase a GO opens; SCALE has none (after scale-up comes ADOPT, not GO). */
export const NEXT_KIND: Record<PhaseKind, PhaseKind | null> = {
  TEST: "DEMONSTRATION",
  DEMONSTRATION: "SCALE",
  SCALE: null,
};

/** What the machine looks at: the pilot, the phase at the gate, and the next phase if planned. */
export type GateState = { pilot: PilotStatus; phase: PhaseStatus; kind: PhaseKind; next: PhaseStatus | null };

/** What the rows become; `next` is unchanged (or null) unless a GO opens it. */
export type GateTarget = { pilot: PilotStatus; phase: PhaseStatus; next: PhaseStatus | null };

export type GateRefusal =
  | "pilotEnded" // STOPPED or ADOPTED: read-only except lessons and the stop report (PRODUCT.md rule 4)
  | "pilotNotActive" // a draft or a submitted pilot has no gate yet
  | "phaseNotStarted"
  | "reviewOpen"
  | "phaseDecided" // nothing happens after DECIDED: decisions are immutable
  | "phaseNotAwaiting"
  | "adoptOnlyAfterScale"
  | "goAfterScale"
  | "nextPhaseMissing"
  | "nextPhaseStarted";

export type Step = { ok: true; to: GateTarget } | { ok: false; reason: GateRefusal };

/** Whether the lifecycle allows the gate work at all, and if not, which of the gate's words says why. */
function lifecycleRefusal(s: GateState, action: "requestGate" | "decideGate"): GateRefusal | null {
  if (!pilotAllows(s.pilot, action)) return isEnded(s.pilot) ? "pilotEnded" : "pilotNotActive";
  if (phaseAllows(s.pilot, s.phase, action)) return null;
  if (s.phase === "DECIDED") return "phaseDecided"; // nothing happens after DECIDED: decisions are immutable
  if (action === "decideGate") return "phaseNotAwaiting";
  return s.phase === "AWAITING_GATE" ? "reviewOpen" : "phaseNotStarted";
}

/** The lead asks for a review at the end of a phase: ACTIVE → AWAITING_GATE. */
export function requestReview(s: GateState): Step {
  const refusal = lifecycleRefusal(s, "requestGate");
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, to: { pilot: s.pilot, phase: "AWAITING_GATE", next: s.next } };
}

/** The steering group decides a review that is awaiting its gate. */
export function decide(s: GateState, outcome: GateOutcome): Step {
  const refusal = lifecycleRefusal(s, "decideGate");
  if (refusal) return { ok: false, reason: refusal };
  switch (outcome) {
    case "GO":
      if (NEXT_KIND[s.kind] === null) return { ok: false, reason: "goAfterScale" };
      if (s.next === null) return { ok: false, reason: "nextPhaseMissing" };
      if (s.next !== "PLANNED") return { ok: false, reason: "nextPhaseStarted" };
      return { ok: true, to: { pilot: "ACTIVE", phase: "DECIDED", next: "ACTIVE" } };
    case "REVISE":
      // The phase stays open with conditions and a new deadline; the lead asks again later.
      return { ok: true, to: { pilot: "ACTIVE", phase: "ACTIVE", next: s.next } };
    case "STOP":
      return { ok: true, to: { pilot: "STOPPED", phase: "DECIDED", next: s.next } };
    case "ADOPT":
      if (s.kind !== "SCALE") return { ok: false, reason: "adoptOnlyAfterScale" };
      return { ok: true, to: { pilot: "ADOPTED", phase: "DECIDED", next: s.next } };
  }
}

/** The outcomes the decision form offers for this state (empty when nothing may be decided). */
export function allowedOutcomes(s: GateState): GateOutcome[] {
  return OUTCOMES.filter((o) => decide(s, o).ok);
}
