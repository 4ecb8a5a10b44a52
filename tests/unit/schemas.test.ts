import { describe, expect, it } from "vitest";
import { passwordChangeSchema, profileNameSchema, signInSchema } from "../../lib/auth/schemas";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("form schemas (shared by client and server)", () => {
  it("sign-in: requires a valid e-mail and a password, with message keys per field", () => {
    expect(signInSchema.safeParse({ email: " Navn@Kommune.dk ", password: "x" }).success).toBe(true);
    expect(messages(signInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "login.emailRequired",
      password: "login.passwordRequired",
    });
    expect(messages(signInSchema.safeParse({ email: "ikke-en-email", password: "x" }))).toEqual({
      email: "login.emailInvalid",
    });
  });
  it("profile name: trimmed, 1–120 characters", () => {
    expect(profileNameSchema.parse({ name: "  Mette Frederiksen " }).name).toBe("Mette Frederiksen");
    expect(messages(profileNameSchema.safeParse({ name: "   " }))).toEqual({ name: "profile.nameRequired" });
    expect(messages(profileNameSchema.safeParse({ name: "x".repeat(121) }))).toEqual({ name: "profile.nameTooLong" });
  });
  it("password change: new password at least 10 characters", () => {
    expect(messages(passwordChangeSchema.safeParse({ currentPassword: "a", newPassword: "kort" }))).toEqual({
      newPassword: "profile.passwordTooShort",
    });
    expect(passwordChangeSchema.safeParse({ currentPassword: "a", newPassword: "lang-nok-adgangskode" }).success).toBe(
      true,
    );
  });
});
