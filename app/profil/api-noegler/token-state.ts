import type { ActionState } from "@/lib/action-state";

/**
 * An action's state plus a freshly made token. The secret lives only in this one response (the
 * database keeps its hash), which is what "shown once" means.
 */
export type TokenState = ActionState & {
  created?: { secret: string; name: string; access: "READ" | "WRITE"; pilotId: number | null };
};
