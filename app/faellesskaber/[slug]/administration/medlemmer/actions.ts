"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { addMemberSchema, decideRequestSchema, removeMemberSchema } from "@/lib/communities/schemas";
import { addMember, removeMember } from "@/lib/communities/members";
import { decideMembershipRequest } from "@/lib/communities/join";

// The public community page lists the members too, so everything under /faellesskaber is refreshed.
const refresh = () => revalidatePath("/faellesskaber", "layout");

export const addMemberAction = action(addMemberSchema, async (input, user) => {
  await addMember(user, input);
  refresh();
  return "admin.members.added";
});

export const removeMemberAction = action(removeMemberSchema, async (input, user) => {
  await removeMember(user, input);
  refresh();
  return "admin.members.removed";
});

export const decideRequestAction = action(decideRequestSchema, async (input, user) => {
  await decideMembershipRequest(user, input);
  refresh();
  return input.decision === "ACCEPT" ? "admin.requests.accepted" : "admin.requests.declined";
});
