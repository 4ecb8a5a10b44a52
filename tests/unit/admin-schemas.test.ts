import { describe, expect, it } from "vitest";
import { z } from "zod";
import { acceptInviteSchema, createUserSchema, setRolesSchema } from "../../lib/users/schemas";
import { addMemberSchema, membershipRequestSchema } from "../../lib/communities/schemas";
import { auditFilterSchema, dayRange } from "../../lib/audit/filter";
import { translator, type MessageKey } from "../../lib/i18n/messages";

const messagesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the administration's form schemas", () => {
  it("report every bad field at once, as message keys that exist in both languages", () => {
    const errors = messagesOf(createUserSchema, {
      communityId: "1",
      name: "",
      email: "ikke-en-email",
      organisationId: "",
    });
    expect(errors).toEqual({
      name: "admin.users.nameRequired",
      email: "admin.users.emailInvalid",
      organisationId: "admin.users.organisationRequired",
      roles: "admin.users.rolesRequired",
    });
    for (const key of Object.values(errors)) {
      for (const locale of ["da", "en"] as const) expect(translator(locale)(key as MessageKey)).not.toBe(key);
    }
  });

  it("turn role checkboxes into a role list, and e-mails into lower case", () => {
    const ok = createUserSchema.parse({
      communityId: "3",
      name: " Ida ",
      email: " Ida@Kommune.DK ",
      organisationId: "7",
      role_MEMBER: "on",
      role_STEERING: "on",
    });
    expect(ok).toEqual({
      communityId: 3,
      name: "Ida",
      email: "ida@kommune.dk",
      organisationId: 7,
      roles: ["STEERING", "MEMBER"],
    });
    expect(setRolesSchema.parse({ communityId: "3", userId: "9" })).toEqual({ communityId: 3, userId: 9, roles: [] });
  });

  it("check ids, notes and passwords", () => {
    expect(messagesOf(addMemberSchema, { communityId: "1", organisationId: "abc" })).toEqual({
      organisationId: "admin.members.organisationRequired",
    });
    expect(messagesOf(membershipRequestSchema, { communityId: "1", note: "x".repeat(501) })).toEqual({
      note: "admin.join.noteTooLong",
    });
    expect(messagesOf(acceptInviteSchema, { token: "t", password: "kort", confirm: "kort" })).toEqual({
      password: "admin.invite.passwordTooShort",
    });
    expect(messagesOf(acceptInviteSchema, { token: "t", password: "lang-nok-kode", confirm: "anden-kode-x" })).toEqual({
      confirm: "admin.invite.passwordMismatch",
    });
  });
});

describe("the audit filter", () => {
  it("refuses impossible dates and reversed ranges without throwing", () => {
    expect(messagesOf(auditFilterSchema, { from: "2026-13-40" })).toEqual({ from: "admin.audit.dateInvalid" });
    expect(messagesOf(auditFilterSchema, { from: "2026-02-30" })).toEqual({ from: "admin.audit.dateInvalid" });
    expect(messagesOf(auditFilterSchema, { from: "2026-03-02", to: "2026-03-01" })).toEqual({
      to: "admin.audit.rangeInvalid",
    });
    expect(auditFilterSchema.parse({ topic: "", actor: "", page: "-3" })).toEqual({ page: 1 });
    expect(auditFilterSchema.parse({ topic: "money" })).toMatchObject({ topic: "money" });
    // A table name is not a topic: the filter speaks of kinds of work.
    expect(messagesOf(auditFilterSchema, { topic: "GateDecision" })).toEqual({ topic: "audit.page.topicInvalid" });
  });

  it("covers whole Danish days, summer and winter time alike", () => {
    expect(dayRange("2026-01-15", "2026-01-15")).toEqual({
      gte: new Date("2026-01-14T23:00:00Z"),
      lt: new Date("2026-01-15T23:00:00Z"),
    });
    expect(dayRange("2026-07-01")).toEqual({ gte: new Date("2026-06-30T22:00:00Z") });
    // The night clocks go forward (29 March 2026) is 23 hours long.
    const { gte, lt } = dayRange("2026-03-29", "2026-03-29");
    expect((lt!.getTime() - gte!.getTime()) / 3_600_000).toBe(23);
  });
});
