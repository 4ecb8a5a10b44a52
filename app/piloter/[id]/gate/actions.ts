"use server";
// The gate page's forms. Thin: the action wrapper parses with the form's schema, injects the user
// and maps errors to the fields; the domain decides everything. A form that succeeds disappears
// from the page (the review is asked for, the card handed in, the gate decided), so success sends
// the browser on — to the page with a notice, or after a decision to its memo — instead of
// leaving a message in a form that is no longer there.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import {
  decisionFormSchema,
  gateLessonSchema,
  requestReviewFormSchema,
  scorecardFormSchema,
} from "@/lib/gates/schemas";
import { requestGateReview } from "@/lib/gates/request";
import { submitScorecard } from "@/lib/gates/score";
import { decideGate } from "@/lib/gates/decide";
import { writeGateLesson } from "@/lib/gates/lessons";

function refresh() {
  revalidatePath("/piloter/[id]", "layout");
  revalidatePath("/styregruppe");
}

const back = (formData: FormData, notice: string) => `/piloter/${Number(formData.get("pilotId"))}/gate?klar=${notice}`;

export async function requestReviewAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await action(requestReviewFormSchema, async (input, user) => {
    await requestGateReview(user, input);
    refresh();
  })(prev, formData);
  if (state.status === "ok") redirect(back(formData, "anmodet"));
  return state;
}

export async function scoreAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await action(scorecardFormSchema, async (input, user) => {
    await submitScorecard(user, input);
    refresh();
  })(prev, formData);
  if (state.status === "ok") redirect(back(formData, formData.get("conflictOfInterest") ? "inhabil" : "scoret"));
  return state;
}

export async function decideAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let decisionId = 0;
  const state = await action(decisionFormSchema, async (input, user) => {
    decisionId = (await decideGate(user, input)).decisionId;
    refresh();
  })(prev, formData);
  if (state.status === "ok" && decisionId) redirect(`/beslutninger/${decisionId}?ny=1`);
  return state;
}

export async function lessonAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await action(gateLessonSchema, async (input, user) => {
    await writeGateLesson(user, input);
    refresh();
  })(prev, formData);
  if (state.status === "ok") redirect(back(formData, "erfaring"));
  return state;
}
