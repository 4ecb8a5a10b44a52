// The throttle on real PostgreSQL: counters per account and per address, shared through rows.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { hashPassword } from "../../lib/auth/password";
import { signInWithPassword, THROTTLED_ERROR } from "../../lib/auth/options";
import { accountKey, addressKey, pruneFailures } from "../../lib/auth/throttle";
import type { Database } from "../../lib/db/connect";
import { CLIENT_ADDRESS_HEADER } from "../../lib/security/client-address";

let db: Database;
const PASSWORD = "korrekt-hest-batteri";
const MIN = 60_000;
const start = new Date("2026-03-02T10:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MIN);
// The address as the request hook stamps it (lib/security/client-address.ts).
const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });

/** "ok", "failed" or "throttled": what one attempt came to. */
async function attempt(email: string, password: string, address: string, when: Date) {
  try {
    return (await signInWithPassword({ email, password }, from(address), when)) ? "ok" : "failed";
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
  const emails = ["lea", "bo", "eva", "ole", "ida", "kim"].map((n) => `${n}@ishoej.example`);
  await db.prisma.user.createMany({
    data: emails.map((email) => ({ email, name: email, organisationId: org.id, passwordHash })),
  });
});

describe("throttling per account", () => {
  it("after 5 failures asks even the right password from a new address to wait, until the delay passes", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt("lea@ishoej.example", "forkert", `198.51.100.${i}`, at(i / 60))).toBe("failed");
    expect(await attempt("lea@ishoej.example", PASSWORD, "198.51.100.99", at(5 / 60))).toBe("throttled");
    expect(await attempt("LEA@ishoej.example", PASSWORD, "198.51.100.99", at(0.5))).toBe("throttled");
    // The fifth failure (second 4) plus 30 s.
    expect(await attempt("lea@ishoej.example", PASSWORD, "198.51.100.99", at(34 / 60))).toBe("ok");
  });
  it("does not count throttled attempts, so waiting always helps", async () => {
    for (let i = 0; i < 5; i++) await attempt("bo@ishoej.example", "forkert", "198.51.100.20", at(i / 60));
    for (let i = 0; i < 10; i++)
      expect(await attempt("bo@ishoej.example", "forkert", "198.51.100.20", at((5 + i) / 60))).toBe("throttled");
    expect(await attempt("bo@ishoej.example", PASSWORD, "198.51.100.20", at(34 / 60))).toBe("ok");
  });
  it("counts an unknown e-mail like a known one, so the throttle tells nobody which accounts exist", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt("nobody@ishoej.example", "forkert", "198.51.100.30", at(i / 60))).toBe("failed");
    expect(await attempt("nobody@ishoej.example", "forkert", "198.51.100.30", at(5 / 60))).toBe("throttled");
  });
  it("forgives the account's own failures on success, and leaves other accounts' counts alone", async () => {
    for (let i = 0; i < 4; i++) await attempt("eva@ishoej.example", "forkert", "198.51.100.40", at(i));
    for (let i = 0; i < 4; i++) await attempt("ole@ishoej.example", "forkert", "198.51.100.40", at(i));
    expect(await attempt("eva@ishoej.example", PASSWORD, "198.51.100.40", at(5))).toBe("ok");
    expect(await db.prisma.signInFailure.count({ where: { key: accountKey("eva@ishoej.example") } })).toBe(0);
    expect(await db.prisma.signInFailure.count({ where: { key: accountKey("ole@ishoej.example") } })).toBe(4);
    expect(await attempt("ole@ishoej.example", "forkert", "198.51.100.41", at(6))).toBe("failed");
    expect(await attempt("ole@ishoej.example", PASSWORD, "198.51.100.41", at(6.25))).toBe("throttled");
  });
});

describe("throttling per address", () => {
  it("after 20 failures from one address asks every account from there to wait, but not from elsewhere", async () => {
    for (let i = 0; i < 20; i++)
      expect(await attempt(`guess${i}@ishoej.example`, "forkert", "203.0.113.5", at(i / 120))).toBe("failed");
    expect(await attempt("ida@ishoej.example", PASSWORD, "203.0.113.5", at(0.3))).toBe("throttled");
    expect(await attempt("ida@ishoej.example", PASSWORD, "203.0.113.6", at(0.3))).toBe("ok");
  });
  it("is not reset by a success of one's own account from the same address", async () => {
    for (let i = 0; i < 19; i++) await attempt(`probe${i}@ishoej.example`, "forkert", "203.0.113.9", at(i / 120));
    expect(await attempt("kim@ishoej.example", PASSWORD, "203.0.113.9", at(0.2))).toBe("ok");
    expect(await db.prisma.signInFailure.count({ where: { key: addressKey("203.0.113.9") } })).toBe(19);
    expect(await attempt("probe99@ishoej.example", "forkert", "203.0.113.9", at(0.2))).toBe("failed");
    expect(await attempt("kim@ishoej.example", PASSWORD, "203.0.113.9", at(0.2))).toBe("throttled");
  });
});

describe("under concurrency", () => {
  it("lets exactly 5 of 12 simultaneous wrong guesses at one account reach the password check", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt("burst@ishoej.example", "forkert", `192.0.2.${i}`, at(30))),
    );
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(7);
    expect(await db.prisma.signInFailure.count({ where: { key: accountKey("burst@ishoej.example") } })).toBe(5);
  });
  it("lets exactly 20 of 30 simultaneous guesses from one address through", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(`spray${i}@ishoej.example`, "forkert", "192.0.2.200", at(30))),
    );
    expect(outcomes.filter((o) => o === "failed")).toHaveLength(20);
    expect(await db.prisma.signInFailure.count({ where: { key: addressKey("192.0.2.200") } })).toBe(20);
  });
});

describe("housekeeping", () => {
  it("prunes rows older than the window, keeps newer ones", async () => {
    await db.prisma.signInFailure.createMany({
      data: [
        { key: "account:old", at: at(100) },
        { key: "account:new", at: at(110) },
      ],
    });
    await pruneFailures(at(160));
    expect(
      await db.prisma.signInFailure.findMany({
        where: { key: { in: ["account:old", "account:new"] } },
        select: { key: true },
      }),
    ).toEqual([{ key: "account:new" }]);
  });
  it("stores neither e-mails nor addresses in the clear", async () => {
    const keys = (await db.prisma.signInFailure.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toMatch(/@|\d+\.\d+\.\d+\.\d+/);
  });
});
