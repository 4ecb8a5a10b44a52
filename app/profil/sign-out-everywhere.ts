"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action, type ActionState } from "@/lib/action";
import { signOutEverywhere } from "@/lib/users/profile";
import { dropSessionCookie } from "@/lib/auth/reissue";

/** "Log ud alle steder": every session of the user ends, on every device, and this one goes to sign-in. */
export async function signOutEverywhereAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let done = false;
  const state = await action(z.object({}), async (_input, user) => {
    await signOutEverywhere(user);
    await dropSessionCookie();
    done = true;
  })(prev, formData);
  if (done) redirect("/log-ind?callbackUrl=%2Fprofil");
  return state;
}
