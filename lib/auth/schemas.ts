// One zod schema per form, used by the client form and the server alike; messages are message keys.
import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "login.emailRequired")
    .max(254, "login.emailInvalid")
    .pipe(z.email("login.emailInvalid")),
  password: z.string().min(1, "login.passwordRequired").max(200, "login.passwordRequired"),
});

export const profileNameSchema = z.object({
  name: z.string().trim().min(1, "profile.nameRequired").max(120, "profile.nameTooLong"),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, "profile.currentPasswordRequired").max(200, "profile.currentPasswordWrong"),
  newPassword: z.string().min(10, "profile.passwordTooShort").max(200, "profile.passwordTooLong"),
});
