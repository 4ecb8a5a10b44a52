// Issue 15 finding 5: what ends a session. Each of these bumps the user's session version, which
// every request compares with its cookie's; and a reactivated user's old invitation links and API
// tokens stay dead.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { seedWorld, freshUser, type World } from "./admin/fixtures";
import { deactivateUser, reactivateUser } from "../../lib/users/activation";
import { issueInvite, findOpenInvite } from "../../lib/users/invites";
import { createApiToken } from "../../lib/tokens/manage";
import type { Database } from "../../lib/db/connect";

import { authenticateToken } from "../../lib/api/token-auth";
import { sessionUserSelect } from "../../lib/auth/session";
let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

describe("a reactivated user", () => {
  it("finds the invitation link and the API token from before the deactivation dead", async () => {
    const { id } = await freshUser(db.prisma, w.gtm, ["SECRETARIAT"], { password: false });
    const invite = await db.prisma.$transaction((tx) => issueInvite(tx, id, w.users.secretariat.id));
    await db.prisma.user.update({
      where: { id },
      data: { passwordHash: "$2b$10$notarealhashnotarealhashnotarealhashnotarealhashnotar" },
    });
    const me = await db.prisma.user.findUniqueOrThrow({
      where: { id },
      select: sessionUserSelect,
    });
    const token = await createApiToken(me as never, {
      name: "OS2iot",
      access: "READ",
      scope: { kind: "community", id: w.gtm },
    });
    expect(await findOpenInvite(invite.token)).not.toBeNull();
    await deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: id });
    await reactivateUser(w.users.secretariat, { communityId: w.gtm, userId: id });
    expect(await findOpenInvite(invite.token)).toBeNull();
    await expect(authenticateToken(token.secret)).rejects.toMatchObject({ status: 401 });
  });
});

describe("what ends every session of a user", () => {
  const version = async (id: number) =>
    (await db.prisma.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

  it("a password change, signing out (everywhere), a deactivation, a role taken away — not a role given", async () => {
    const { changeOwnPassword, signOutEverywhere } = await import("../../lib/users/profile");
    const { setRoles } = await import("../../lib/users/community-users");
    const { authOptions } = await import("../../lib/auth/options");
    const { hashPassword } = await import("../../lib/auth/password");
    const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"]);
    await db.prisma.user.update({ where: { id }, data: { passwordHash: await hashPassword("gammel-adgangskode") } });
    const me = { id } as never;
    let v = await version(id);
    expect(await changeOwnPassword(me, "gammel-adgangskode", "ny-adgangskode-2026")).toBe(++v);
    await signOutEverywhere(me);
    expect(await version(id)).toBe(++v);
    await authOptions().events!.signOut!({ token: { uid: id }, session: null } as never);
    expect(await version(id)).toBe(++v);
    await setRoles(w.users.secretariat, { communityId: w.gtm, userId: id, roles: ["MEMBER", "STEERING"] });
    expect(await version(id)).toBe(v);
    await setRoles(w.users.secretariat, { communityId: w.gtm, userId: id, roles: ["STEERING"] });
    expect(await version(id)).toBe(++v);
    await deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: id });
    expect(await version(id)).toBe(++v);
  });
});
