// The invitation link: shown once, only its SHA-256 stored, works once, expires after 14 days,
// and afterwards the user signs in with the password they chose.
import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { checkCredentials } from "../../../lib/auth/options";
import { createUser } from "../../../lib/users/community-users";
import { deactivateUser, renewInvite } from "../../../lib/users/activation";
import { acceptInvite, findOpenInvite } from "../../../lib/users/invites";
import { freshOrganisation, seedWorld, type World } from "./fixtures";

let db: Database;
let w: World;
let n = 0;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

async function invited() {
  const org = await freshOrganisation(db.prisma);
  const email = `inviteret-${++n}@test.example`;
  const created = await createUser(w.users.secretariat, {
    communityId: w.gtm,
    name: "Ida Inviteret",
    email,
    organisationId: org.id,
    roles: ["MEMBER"],
  });
  return { ...created, email };
}

describe("the invitation link", () => {
  it("stores only the token's SHA-256, valid for 14 days", async () => {
    const { userId, token } = await invited();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    const rows = await db.prisma.userInvite.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await db.prisma.userInvite.findMany())).not.toContain(token);
    expect(JSON.stringify(await db.prisma.auditEvent.findMany())).not.toContain(token);
    const days = (rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 2);
  });

  it("sets a password once; then the user signs in, and the link is dead", async () => {
    const { token, email, userId } = await invited();
    expect(await checkCredentials({ email, password: "en-god-adgangskode" })).toBeNull(); // no password yet
    expect(await findOpenInvite(token)).toMatchObject({ user: { email } });
    await expect(acceptInvite({ token, password: "en-god-adgangskode" })).resolves.toEqual({ email });
    expect(await checkCredentials({ email, password: "en-god-adgangskode" })).toMatchObject({ email });
    expect(await findOpenInvite(token)).toBeNull();
    await expect(acceptInvite({ token, password: "en-anden-adgangskode" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await checkCredentials({ email, password: "en-god-adgangskode" })).toMatchObject({ email });
    const audit = await db.prisma.auditEvent.findMany({
      where: { entity: "User", entityId: String(userId), action: "invite-accept" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: userId,
      communityId: w.gtm,
      before: { passwordSet: false },
      after: { passwordSet: true },
    });
  });

  it("does not work after it expires, nor when unknown", async () => {
    const { token, userId } = await invited();
    await db.prisma.userInvite.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findOpenInvite(token)).toBeNull();
    await expect(acceptInvite({ token, password: "en-god-adgangskode" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      acceptInvite({ token: "ikke-et-rigtigt-token", password: "en-god-adgangskode" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBeNull();
  });

  it("stops working when a new link is made, or the user is deactivated", async () => {
    const first = await invited();
    const second = await renewInvite(w.users.secretariat, { communityId: w.gtm, userId: first.userId });
    expect(await findOpenInvite(first.token)).toBeNull();
    expect(await findOpenInvite(second.token)).not.toBeNull();
    await deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: first.userId });
    await expect(acceptInvite({ token: second.token, password: "en-god-adgangskode" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is not renewed for a user who already chose a password", async () => {
    const { token, userId } = await invited();
    await acceptInvite({ token, password: "en-god-adgangskode" });
    await expect(renewInvite(w.users.secretariat, { communityId: w.gtm, userId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
