"use server";
// Thin: the wrapper parses with the lesson's schema and injects the user; saveLesson decides the rest.
// A new lesson stays on the page (the form empties, the list grows); an edit goes back to the list.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { lessonSchema } from "@/lib/lessons/schemas";
import { saveLesson } from "@/lib/lessons/write";

export async function saveLessonAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let saved = 0;
  const state = await action(lessonSchema, async (input, user) => {
    saved = (await saveLesson(user, input)).id;
    revalidatePath("/piloter/[id]", "layout");
    return "results.lessons.saved";
  })(prev, formData);
  if (state.status === "ok" && formData.get("lessonId"))
    redirect(`/piloter/${Number(formData.get("pilotId"))}/erfaringer?gemt=${saved}#erfaring-${saved}`);
  return state;
}
