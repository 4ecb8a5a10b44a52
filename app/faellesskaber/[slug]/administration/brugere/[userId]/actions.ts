"use server";
import { action } from "@/lib/action";
import { eraseSchema } from "@/lib/privacy/schemas";
import { erasePersonalData } from "@/lib/privacy/erase";

// No revalidation: the erased person no longer belongs to the community, so their page would be a
// 404; the form shows the outcome and a way back to the list instead.
export const eraseUserAction = action(eraseSchema, async (input, user) => {
  await erasePersonalData(user, input);
  return "privacy.admin.erased";
});
