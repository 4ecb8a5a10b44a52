"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action, type ActionState } from "@/lib/action";
import { answerInvitationSchema } from "@/lib/users/schemas";
import { answerInvitation } from "@/lib/users/community-invitations";

/** An answered invitation leaves the page with its buttons: the profile says what happened instead. */
export async function answerInvitationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let outcome: "accepted" | "declined" | undefined;
  const state = await action(answerInvitationSchema, async ({ invitationId, answer }, user) => {
    outcome = await answerInvitation(user, { invitationId, accept: answer === "accept" });
    revalidatePath("/", "layout");
  })(prev, formData);
  if (state.status === "ok" && outcome) redirect(`/profil?invitation=${outcome}`);
  return state;
}
