import type { PilotStatus } from "../generated/prisma/enums";

/** In the order a pilot lives through them; the list's status filter offers them in this order. */
export const PILOT_STATUSES = ["DRAFT", "SUBMITTED", "ACTIVE", "ADOPTED", "STOPPED"] as const satisfies readonly PilotStatus[];
