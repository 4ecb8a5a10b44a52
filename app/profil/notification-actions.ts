"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { preferencesSchema, savePreferences } from "@/lib/notifications/preferences";

export const savePreferencesAction = action(preferencesSchema, async (input, user) => {
  await savePreferences(user, input);
  revalidatePath("/profil");
  return "notifications.prefs.saved";
});
