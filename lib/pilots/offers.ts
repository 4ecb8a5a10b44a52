// What a page offers this reader on this pilot: the lifecycle (which work the statuses allow) joined
// with the permissions (who may do it). Pages ask this, not the statuses, before they show a form or
// a button, so no page shows a form the rule refuses and no rule accepts what every page hides
// (tests/integration/pilots/lifecycle-agreement.test.ts holds each of them to the domain functions).
import { can, type Actor, type PilotScope } from "../auth/permissions";
import { phaseAllows, pilotAllows, type PhaseAction, type PilotAction } from "../lifecycle";
import type { PhaseStatus, PilotStatus } from "../generated/prisma/enums";

type Pilot = PilotScope & { status: PilotStatus };

/** Who may do each piece of work, in the permissions module's words. */
function mayDo(user: Actor | null, pilot: Pilot, action: PilotAction): boolean {
  const scope = { communityId: pilot.communityId, pilot };
  switch (action) {
    case "review":
      return can(user, "pilot.approve", scope);
    case "decideGate":
      return can(user, "gate.decide", scope) || can(user, "gate.score", scope);
    case "writeLesson":
    case "writeStopReport":
      return can(user, "pilot.writeLessons", scope);
    default:
      return can(user, "pilot.edit", scope);
  }
}

export type Offers = {
  pilot: (action: PilotAction) => boolean;
  phase: (action: PhaseAction, phase: { status: PhaseStatus }) => boolean;
};

export function pilotOffers(user: Actor | null, pilot: Pilot): Offers {
  return {
    pilot: (action) => mayDo(user, pilot, action) && pilotAllows(pilot.status, action),
    phase: (action, phase) => mayDo(user, pilot, action) && phaseAllows(pilot.status, phase.status, action),
  };
}
