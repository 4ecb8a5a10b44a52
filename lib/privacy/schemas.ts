import { z } from "zod";

import { idSchema } from "../validation";
/** The erase form: which user, and their e-mail typed again as the confirmation step. */
export const eraseSchema = z.object({
  communityId: idSchema("admin.errors.communityMissing"),
  userId: idSchema("admin.errors.userMissing"),
  typedEmail: z.string().trim().min(1, "privacy.admin.typeEmail").max(254, "privacy.admin.emailMismatch"),
});
export type EraseInput = z.infer<typeof eraseSchema>;
