// One zod schema per form of the membership screens, shared by the client forms and the server
// actions; every message is a message key. Ids arrive as form strings, hence the coercion.
import { z } from "zod";

import { idSchema } from "../validation";

const communityId = idSchema("admin.errors.communityMissing");
const organisationId = idSchema("admin.members.organisationRequired");

export const addMemberSchema = z.object({ communityId, organisationId });
export const removeMemberSchema = z.object({ communityId, organisationId });

export const decideRequestSchema = z.object({
  communityId,
  organisationId,
  decision: z.enum(["ACCEPT", "DECLINE"], { error: "admin.requests.decisionMissing" }),
});

export const membershipRequestSchema = z.object({
  communityId,
  note: z.string().trim().max(500, "admin.join.noteTooLong").default(""),
});

export type AddMemberInput = z.infer<typeof addMemberSchema>;
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
export type DecideRequestInput = z.infer<typeof decideRequestSchema>;
export type MembershipRequestInput = z.infer<typeof membershipRequestSchema>;
