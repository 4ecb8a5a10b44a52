"use server";
import { acceptInviteSchema } from "@/lib/users/schemas";
import { acceptInvite } from "@/lib/users/invites";
import { action } from "@/lib/action";

/** The invitee is by definition not signed in yet: the token is the credential. */
export const acceptInviteAction = action(
  acceptInviteSchema,
  async (input) => {
    await acceptInvite(input);
    return "admin.invite.done";
  },
  { signedOut: true },
);
