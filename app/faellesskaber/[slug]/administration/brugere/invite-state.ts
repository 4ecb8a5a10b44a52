import type { ActionState } from "@/lib/action-state";

/**
 * An action's state plus a freshly made invitation link. The token lives only in this one response
 * (the database keeps its hash), which is what "shown once" means.
 */
export type InviteState = ActionState & {
  invite?: { path: string; name: string; email: string; expiresAt: string };
};
