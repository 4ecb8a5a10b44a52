"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { createPilot } from "@/lib/pilots/authoring";
import { createPilotFormSchema } from "@/lib/pilots/schemas";

/**
 * Creates the draft, then goes on to plan its test phase. The redirect happens outside `action()`,
 * whose error handling would otherwise catch Next's redirect signal as a failure.
 */
export async function createPilotAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: number | undefined;
  const state = await action(createPilotFormSchema, async (input, user) => {
    createdId = (await createPilot(user, input)).id;
    return "pilots.new.created";
  })(prev, formData);
  if (state.status === "ok" && createdId) {
    revalidatePath("/piloter");
    redirect(`/piloter/${createdId}/faser?ny=1`);
  }
  return state;
}
