"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { approvePilot, sendPilotBack } from "@/lib/funding/approval";
import { approvalSchema, sendBackSchema } from "@/lib/funding/schemas";

/**
 * A decided pilot leaves the queue, and its form with it; so the outcome is carried to the page in
 * the address (`?udfald=`) and announced there. The redirect happens outside `action()`, whose error
 * handling would otherwise take Next's redirect signal for a failure.
 */
function thenBackToQueue(
  run: (prev: ActionState, formData: FormData) => Promise<ActionState>,
  outcome: "godkendt" | "sendt-tilbage",
) {
  return async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const state = await run(prev, formData);
    const slug = String(formData.get("slug") ?? "");
    if (state.status === "ok" && /^[a-z0-9-]+$/.test(slug)) {
      revalidatePath("/", "layout");
      redirect(`/faellesskaber/${slug}/godkendelser?udfald=${outcome}`);
    }
    return state;
  };
}

const approve = action(approvalSchema, async ({ pilotId, grant, requestKey }, user) => {
  await approvePilot(user, pilotId, grant, requestKey);
  return "funding.pilotApproved";
});

const sendBack = action(sendBackSchema, async ({ pilotId, comment }, user) => {
  await sendPilotBack(user, pilotId, comment);
  return "funding.pilotSentBack";
});

export async function approveAction(prev: ActionState, formData: FormData) {
  return thenBackToQueue(approve, "godkendt")(prev, formData);
}

export async function sendBackAction(prev: ActionState, formData: FormData) {
  return thenBackToQueue(sendBack, "sendt-tilbage")(prev, formData);
}
