// Issue 15 finding 3: account protection that cannot lock the owner out. Wrong guesses from
// elsewhere slow the account down (a growing delay, not a fixed lock), and the right password from a
// device or address the account has signed in from before still passes while the delay holds.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { hashPassword } from "../../lib/auth/password";
import { signInWithPassword, THROTTLED_ERROR } from "../../lib/auth/options";
import { CLIENT_ADDRESS_HEADER } from "../../lib/security/client-address";
import type { Database } from "../../lib/db/connect";

let db: Database;
const PASSWORD = "korrekt-hest-batteri";
const start = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
// The address as the request hook leaves it; a made-up X-Forwarded-For beside it counts for nothing.
const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address, "x-forwarded-for": "192.0.2.77" });

async function attempt(email: string, password: string, address: string, when: Date, device?: string) {
  try {
    return (await signInWithPassword({ email, password }, from(address), when, device)) ? "ok" : "failed";
  } catch (e) {
    if (e instanceof Error && e.message === THROTTLED_ERROR) return "throttled";
    throw e;
  }
}

beforeAll(async () => {
  db = await freshDatabase();
  const org = await db.prisma.organisation.create({
    data: { kind: "KOMMUNE", name: "Ishøj", slug: "ishoej", municipalityCode: 183 },
  });
  const passwordHash = await hashPassword(PASSWORD);
  await db.prisma.user.createMany({
    data: ["sekretariat", "bo", "lis"].map((n) => ({
      email: `${n}@ishoej.example`,
      name: n,
      organisationId: org.id,
      passwordHash,
    })),
  });
});

describe("an attacker who knows the e-mail", () => {
  it("cannot keep the owner out: the right password from the owner's known address passes", async () => {
    const owner = "10.1.1.1";
    expect(await attempt("sekretariat@ishoej.example", PASSWORD, owner, at(0))).toBe("ok");
    // Wrong guesses from rotating addresses, each time the delay allows, for an hour.
    let t = 10;
    for (let i = 0; i < 30; i++, t += 120)
      await attempt("sekretariat@ishoej.example", "forkert", `203.0.113.${i}`, at(t));
    expect(await attempt("sekretariat@ishoej.example", PASSWORD, "198.51.100.9", at(t))).toBe("throttled");
    expect(await attempt("sekretariat@ishoej.example", PASSWORD, owner, at(t))).toBe("ok");
  });

  it("cannot keep the owner out on a known device from a new address either", async () => {
    expect(await attempt("bo@ishoej.example", PASSWORD, "10.2.2.2", at(0), "enhed-bo-laptop-0001")).toBe("ok");
    for (let i = 0; i < 8; i++) await attempt("bo@ishoej.example", "forkert", `203.0.113.${100 + i}`, at(10 + i));
    expect(await attempt("bo@ishoej.example", PASSWORD, "10.9.9.9", at(30))).toBe("throttled");
    expect(await attempt("bo@ishoej.example", PASSWORD, "10.9.9.9", at(30), "enhed-bo-laptop-0001")).toBe("ok");
  });

  it("meets a delay that grows with every failure and always ends", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt("lis@ishoej.example", "forkert", "203.0.113.200", at(i))).toBe("failed");
    // Sixth: 30 s after the fifth failure; then 60 s, then 120 s.
    expect(await attempt("lis@ishoej.example", "forkert", "203.0.113.201", at(33))).toBe("throttled");
    expect(await attempt("lis@ishoej.example", "forkert", "203.0.113.201", at(35))).toBe("failed");
    expect(await attempt("lis@ishoej.example", PASSWORD, "203.0.113.202", at(94))).toBe("throttled");
    expect(await attempt("lis@ishoej.example", PASSWORD, "203.0.113.202", at(96))).toBe("ok");
  });
});
