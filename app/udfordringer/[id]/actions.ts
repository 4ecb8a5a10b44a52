"use server";
// The challenge page's forms. Thin: each parses with its form's schema and calls lib/challenges.
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { commentSchema, cosponsorSchema, ideaSchema, moveIdeaSchema } from "@/lib/challenges/schemas";
import { commentOnIdea, cosponsorChallenge, proposeIdea } from "@/lib/challenges/write";
import { moveIdea } from "@/lib/challenges/move";

const refresh = () => revalidatePath("/udfordringer", "layout");

export const cosponsorAction = action(cosponsorSchema, async (input, user) => {
  await cosponsorChallenge(user, input);
  refresh();
  return "challenges.cosponsor.saved";
});

export const proposeIdeaAction = action(ideaSchema, async (input, user) => {
  await proposeIdea(user, input);
  refresh();
  return "challenges.ideas.saved";
});

export const commentAction = action(commentSchema, async (input, user) => {
  await commentOnIdea(user, input);
  refresh();
  return "challenges.ideas.commentSaved";
});

export async function moveIdeaAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  return action(moveIdeaSchema, async (input, user) => {
    const answer = await moveIdea(user, input);
    refresh();
    revalidatePath("/");
    return answer.status === "PILOT" ? "challenges.move.savedPilot" : "challenges.move.saved";
  })(prev, formData);
}
