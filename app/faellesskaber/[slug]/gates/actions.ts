"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { conditionDoneSchema } from "@/lib/gates/schemas";
import { markConditionDone } from "@/lib/gates/conditions";

/** The condition leaves the open list when done, so success returns to the page with a notice. */
export async function conditionDoneAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await action(conditionDoneSchema, async ({ conditionId }, user) => {
    await markConditionDone(user, conditionId);
    revalidatePath("/faellesskaber/[slug]/gates", "page");
    revalidatePath("/beslutninger/[id]", "page");
  })(prev, formData);
  if (state.status === "ok")
    redirect(`/faellesskaber/${encodeURIComponent(String(formData.get("slug")))}/gates?klar=betingelse`);
  return state;
}
