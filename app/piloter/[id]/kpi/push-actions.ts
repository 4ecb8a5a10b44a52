"use server";
// The push target forms on a KPI's page. Thin: the wrapper parses with the form's schema and injects
// the user; lib/push decides everything. The secret and the preview leave the wrapped function through
// a variable of this one call, as on the API token page.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import type { ActionState } from "@/lib/action-state";
import { createPushTargetSchema, previewSchema, revokePushTargetSchema } from "@/lib/push/schemas";
import { createPushTarget, revokePushTarget } from "@/lib/push/manage";
import { previewPush } from "@/lib/push/preview";
import type { PushCreateState, PushPreviewState } from "./push-state";

function refresh() {
  revalidatePath("/piloter/[id]", "layout");
}

export async function createPushTargetAction(prev: ActionState, formData: FormData): Promise<PushCreateState> {
  let created: PushCreateState["created"];
  const state = await action(createPushTargetSchema, async (input, user) => {
    const { secret, target } = await createPushTarget(user, input);
    created = { id: target.id, name: target.name, secret };
    refresh();
    return "push.created";
  })(prev, formData);
  return { ...state, created };
}

export const revokePushTargetAction = action(revokePushTargetSchema, async ({ targetId }, user) => {
  const outcome = await revokePushTarget(user, targetId);
  refresh();
  return outcome === "revoked" ? "push.revoked" : "push.alreadyRevoked";
});

export async function previewPushAction(prev: ActionState, formData: FormData): Promise<PushPreviewState> {
  let preview: PushPreviewState["preview"];
  const state = await action(previewSchema, async (input, user) => {
    preview = await previewPush(user, input);
  })(prev, formData);
  return { ...state, preview };
}
