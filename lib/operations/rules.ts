// Who records an organisation's operation: the pilot's lead and its community's secretariat — those
// who keep its sites (lib/sites/rules.ts) — while the lifecycle's spread stage allows it (the
// scale-up runs, or the pilot is adopted). Pure, so the page asks what the domain enforces.
import type { Actor } from "../auth/permissions";
import { spreadAllows, spreadStage } from "../lifecycle";
import type { PhaseKind, PhaseStatus, PilotStatus } from "../generated/prisma/enums";
import { canManageSites } from "../sites/rules";

export type OperationPilot = {
  communityId: number;
  projectLeadId: number;
  status: PilotStatus;
  phases: { kind: PhaseKind; status: PhaseStatus }[];
};

export function canRecordOperation(user: Actor | null, pilot: OperationPilot): boolean {
  return canManageSites(user, pilot) && spreadAllows(spreadStage(pilot.status, pilot.phases), "recordOperation");
}
