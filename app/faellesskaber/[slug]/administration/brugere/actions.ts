"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import type { ActionState } from "@/lib/action-state";
import { addExistingUserSchema, createUserSchema, setRolesSchema, userRefSchema } from "@/lib/users/schemas";
import { addExistingUser, createUser, setRoles } from "@/lib/users/community-users";
import { deactivateUser, reactivateUser, renewInvite } from "@/lib/users/activation";
import type { InviteState } from "./invite-state";

const refresh = () => revalidatePath("/faellesskaber", "layout");

// The token must reach the page, but action() returns only a message: it is carried out of the
// wrapped function in a variable of this one call, and never stored anywhere.
export async function createUserAction(prev: ActionState, formData: FormData): Promise<InviteState> {
  let invite: InviteState["invite"];
  const state = await action(createUserSchema, async (input, user) => {
    const created = await createUser(user, input);
    invite = {
      path: `/invitation/${created.token}`,
      name: input.name,
      email: input.email,
      expiresAt: created.expiresAt.toISOString(),
    };
    refresh();
    return "admin.users.created";
  })(prev, formData);
  return { ...state, invite };
}

export async function renewInviteAction(prev: ActionState, formData: FormData): Promise<InviteState> {
  let invite: InviteState["invite"];
  const state = await action(userRefSchema, async (input, user) => {
    const renewed = await renewInvite(user, input);
    invite = {
      path: `/invitation/${renewed.token}`,
      name: renewed.name,
      email: renewed.email,
      expiresAt: renewed.expiresAt.toISOString(),
    };
    refresh();
    return "admin.users.inviteRenewed";
  })(prev, formData);
  return { ...state, invite };
}

export const addExistingUserAction = action(addExistingUserSchema, async (input, user) => {
  await addExistingUser(user, input);
  refresh();
  return "admin.users.existingAdded";
});

export const setRolesAction = action(setRolesSchema, async (input, user) => {
  const outcome = await setRoles(user, input);
  refresh();
  return outcome === "changed" ? "admin.users.rolesSaved" : "admin.users.rolesUnchanged";
});

export const deactivateUserAction = action(userRefSchema, async (input, user) => {
  await deactivateUser(user, input);
  refresh();
  return "admin.users.deactivated";
});

export const reactivateUserAction = action(userRefSchema, async (input, user) => {
  await reactivateUser(user, input);
  refresh();
  return "admin.users.reactivated";
});
