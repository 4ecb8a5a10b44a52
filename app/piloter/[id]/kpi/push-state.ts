import type { ActionState } from "@/lib/action-state";
import type { PushPreview } from "@/lib/push/preview";

/** A freshly made push target: its secret lives only in this one response (shown once). */
export type PushCreateState = ActionState & { created?: { id: number; name: string; secret: string } };

/** What "Send testdata" found; nothing was stored. */
export type PushPreviewState = ActionState & { preview?: PushPreview };
