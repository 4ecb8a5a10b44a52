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

/** A date-only column (stored as UTC midnight) as yyyy-mm-dd. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A path segment as a row id: digits within PostgreSQL's integer range, or null (a 404, not a 500). */
export function parseId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
