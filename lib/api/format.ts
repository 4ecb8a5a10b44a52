// The open API speaks lower-case snake words and ISO dates, not the database's enum names, so a
// rename in the schema does not silently change the public contract.
import type { PhaseKind, PhaseStatus, PilotStatus, Visibility } from "../generated/prisma/enums";

export const API_PHASE_KIND: Record<PhaseKind, "test" | "demonstration" | "scale"> = {
  TEST: "test",
  DEMONSTRATION: "demonstration",
  SCALE: "scale",
};

export const API_PHASE_STATUS: Record<PhaseStatus, "planned" | "active" | "awaiting_gate" | "decided"> = {
  PLANNED: "planned",
  ACTIVE: "active",
  AWAITING_GATE: "awaiting_gate",
  DECIDED: "decided",
};

export const API_PILOT_STATUS: Record<PilotStatus, "draft" | "submitted" | "active" | "stopped" | "adopted"> = {
  DRAFT: "draft",
  SUBMITTED: "submitted",
  ACTIVE: "active",
  STOPPED: "stopped",
  ADOPTED: "adopted",
};

export const API_VISIBILITY: Record<Visibility, "members" | "public"> = { MEMBERS: "members", PUBLIC: "public" };
