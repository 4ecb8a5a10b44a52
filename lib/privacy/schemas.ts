import { z } from "zod";
import { idField } from "../communities/schemas";

/** The erase form: which user, and their e-mail typed again as the confirmation step. */
export const eraseSchema = z.object({
  communityId: idField("admin.errors.communityMissing"),
  userId: idField("admin.errors.userMissing"),
  typedEmail: z.string().trim().min(1, "privacy.admin.typeEmail").max(254, "privacy.admin.emailMismatch"),
});
export type EraseInput = z.infer<typeof eraseSchema>;
