// Which phases take new results and which targets may still move. Pure, so pages decide which
// forms to show by the same rule the domain enforces.
import type { PhaseStatus } from "../generated/prisma/enums";

/** Results are logged in a phase that has started and is not yet decided. */
export function acceptsResults(status: PhaseStatus): boolean {
  return status === "ACTIVE" || status === "AWAITING_GATE";
}

/**
 * A phase's target is fixed once its gate has been asked for: the steering group judges against the
 * target set beforehand, so it cannot be moved to fit the result (like success criteria).
 */
export function targetOpen(status: PhaseStatus): boolean {
  return status === "PLANNED" || status === "ACTIVE";
}
