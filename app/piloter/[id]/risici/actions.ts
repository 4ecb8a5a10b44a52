"use server";
// Thin: the wrapper parses with the risk's schema and injects the user; saveRisk decides the rest.
// A reviewed risk goes back to the register; a new one stays (the form empties, the table grows).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { riskSchema } from "@/lib/risks/schemas";
import { saveRisk } from "@/lib/risks/write";

export async function saveRiskAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let saved = 0;
  const state = await action(riskSchema, async (input, user) => {
    saved = (await saveRisk(user, input)).id;
    revalidatePath("/piloter/[id]", "layout");
    revalidatePath("/portefoelje");
    return "risks.form.saved";
  })(prev, formData);
  if (state.status === "ok" && formData.get("riskId"))
    redirect(`/piloter/${Number(formData.get("pilotId"))}/risici?gemt=${saved}#risiko-${saved}`);
  return state;
}
