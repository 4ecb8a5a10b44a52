"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { membershipRequestSchema } from "@/lib/communities/schemas";
import { requestMembership } from "@/lib/communities/join";

export const requestMembershipAction = action(membershipRequestSchema, async (input, user) => {
  await requestMembership(user, input);
  revalidatePath("/faellesskaber", "layout");
  return "admin.join.sent";
});
