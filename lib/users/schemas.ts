// One zod schema per form of the user screens and the invitation page, shared by client and
// server; messages are message keys. Roles come as one checkbox per role (`role_MEMBER=on`),
// because the action wrapper reads a form as one value per name.
import { z } from "zod";
import type { Role } from "../generated/prisma/enums";

import { idSchema } from "../validation";
import { ROLES } from "./choices";
export { ROLES };

const checkbox = z.literal("on").optional();
const roleFlags = {
  role_SECRETARIAT: checkbox,
  role_STEERING: checkbox,
  role_PROJECT_LEAD: checkbox,
  role_MEMBER: checkbox,
};
type RoleFlags = { [K in keyof typeof roleFlags]?: "on" };

function withRoles<T extends RoleFlags>(flags: T) {
  const { role_SECRETARIAT, role_STEERING, role_PROJECT_LEAD, role_MEMBER, ...rest } = flags;
  const on = {
    SECRETARIAT: role_SECRETARIAT,
    STEERING: role_STEERING,
    PROJECT_LEAD: role_PROJECT_LEAD,
    MEMBER: role_MEMBER,
  };
  return { ...rest, roles: ROLES.filter((r) => on[r] === "on") as Role[] };
}

const communityId = idSchema("admin.errors.communityMissing");
const userId = idSchema("admin.errors.userMissing");

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "admin.users.emailRequired")
  .max(254, "admin.users.emailInvalid")
  .pipe(z.email("admin.users.emailInvalid"));
// `when` runs the check even if other fields failed, so every message appears after one submit.
const someRole: [(v: RoleFlags) => boolean, { message: string; path: string[]; when: () => boolean }] = [
  (v) => ROLES.some((r) => v[`role_${r}`] === "on"),
  { message: "admin.users.rolesRequired", path: ["roles"], when: () => true },
];

export const createUserSchema = z
  .object({
    communityId,
    name: z.string().trim().min(1, "admin.users.nameRequired").max(120, "admin.users.nameTooLong"),
    email: emailField,
    organisationId: idSchema("admin.users.organisationRequired"),
    ...roleFlags,
  })
  .refine(...someRole)
  .transform(withRoles);

/** Roles in this community for a user who already exists (from another community, say). */
export const addExistingUserSchema = z
  .object({ communityId, email: emailField, ...roleFlags })
  .refine(...someRole)
  .transform(withRoles);

export const setRolesSchema = z.object({ communityId, userId, ...roleFlags }).transform(withRoles);

/** Deactivate, reactivate and a new invitation link all name just the user. */
export const userRefSchema = z.object({ communityId, userId });

export const acceptInviteSchema = z
  .object({
    token: z.string().min(1, "admin.invite.invalid").max(200, "admin.invite.invalid"),
    password: z.string().min(10, "admin.invite.passwordTooShort").max(200, "admin.invite.passwordTooLong"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "admin.invite.passwordMismatch", path: ["confirm"] });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type AddExistingUserInput = z.infer<typeof addExistingUserSchema>;
export type SetRolesInput = z.infer<typeof setRolesSchema>;
export type UserRefInput = z.infer<typeof userRefSchema>;
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

/** The profile's answer to a community's invitation (lib/users/community-invitations.ts). */
export const answerInvitationSchema = z.object({
  invitationId: idSchema("admin.invitations.notFound"),
  answer: z.enum(["accept", "decline"], "admin.invitations.notFound"),
});
