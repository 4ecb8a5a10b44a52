"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { passwordChangeSchema, profileNameSchema } from "@/lib/auth/schemas";
import { changeOwnPassword, renameSelf } from "@/lib/users/profile";
import { reissueSessionCookie } from "@/lib/auth/reissue";

export const renameAction = action(profileNameSchema, async ({ name }, user) => {
  await renameSelf(user, name);
  revalidatePath("/", "layout");
  return "profile.saved";
});

export const changePasswordAction = action(passwordChangeSchema, async ({ currentPassword, newPassword }, user) => {
  // Every other session ends; this browser's cookie is issued again under the new version.
  await reissueSessionCookie(await changeOwnPassword(user, currentPassword, newPassword));
  return "profile.passwordChanged";
});
