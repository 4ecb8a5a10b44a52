"use server";
// Thin: the wrapper parses and injects the user; postChallenge decides. The redirect happens outside
// `action()`, whose error handling would otherwise catch Next's redirect signal as a failure.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { challengeSchema } from "@/lib/challenges/schemas";
import { postChallenge } from "@/lib/challenges/write";

export async function postChallengeAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let id: number | undefined;
  const state = await action(challengeSchema, async (input, user) => {
    id = (await postChallenge(user, input)).id;
    return "challenges.saved";
  })(prev, formData);
  if (state.status === "ok" && id) {
    revalidatePath("/udfordringer");
    redirect(`/udfordringer/${id}?oprettet=1`);
  }
  return state;
}
