import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { hashPassword } from "../../lib/auth/password";
import { checkCredentials } from "../../lib/auth/options";
import type { Database } from "../../lib/db/connect";

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  const org = await db.prisma.organisation.create({
    data: { kind: "KOMMUNE", name: "Ishøj", slug: "ishoej", municipalityCode: 183 },
  });
  const passwordHash = await hashPassword("korrekt-hest-batteri");
  await db.prisma.user.createMany({
    data: [
      { email: "lead@ishoej.example", name: "Lea Lund", organisationId: org.id, passwordHash },
      {
        email: "gone@ishoej.example",
        name: "Gunnar Gone",
        organisationId: org.id,
        passwordHash,
        deactivatedAt: new Date("2026-01-01"),
      },
    ],
  });
});

describe("sign-in with e-mail and password", () => {
  it("accepts the right password, whatever the e-mail's case and spaces", async () => {
    expect(await checkCredentials({ email: " Lead@Ishoej.example ", password: "korrekt-hest-batteri" })).toEqual(
      expect.objectContaining({ email: "lead@ishoej.example", name: "Lea Lund" }),
    );
  });
  it("refuses a wrong password, an unknown user and malformed input", async () => {
    expect(await checkCredentials({ email: "lead@ishoej.example", password: "forkert" })).toBeNull();
    expect(await checkCredentials({ email: "nobody@ishoej.example", password: "korrekt-hest-batteri" })).toBeNull();
    expect(await checkCredentials({ email: "not an email", password: "x" })).toBeNull();
    expect(await checkCredentials({ email: ["x"], password: { $ne: 1 } })).toBeNull();
  });
  it("refuses a deactivated user even with the right password", async () => {
    expect(await checkCredentials({ email: "gone@ishoej.example", password: "korrekt-hest-batteri" })).toBeNull();
  });
  it("stores a bcrypt hash, never the password", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "lead@ishoej.example" } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(user.passwordHash).not.toContain("korrekt");
  });
});
