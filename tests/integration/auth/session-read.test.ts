// currentUser reads the signed-in user with one hand-written statement (lib/auth/session-read.ts) where
// it used Prisma's nested select: for every demo user, and for a deactivated one, both must give the
// same user, organisation and roles.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { sessionUserSelect } from "../../../lib/auth/session";
import { readSessionUser } from "../../../lib/auth/session-read";
import { seedDemoWorld } from "../pilots/demo-world";

let db: Database;

beforeAll(async () => {
  db = await freshDatabase();
  await seedDemoWorld(db.prisma);
}, 180_000);

const byRole = <T extends { communityId: number; role: string }>(roles: T[]) =>
  [...roles].sort((a, b) => a.communityId - b.communityId || a.role.localeCompare(b.role));

describe("readSessionUser", () => {
  it("gives what Prisma's nested select gives, for every user", async () => {
    const someone = await db.prisma.user.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
    await db.prisma.user.update({
      where: { id: someone.id },
      data: { deactivatedAt: new Date("2026-01-02T03:04:05Z"), sessionVersion: 3 },
    });
    const users = await db.prisma.user.findMany({
      select: { ...sessionUserSelect, sessionVersion: true },
      orderBy: { id: "asc" },
    });
    expect(users.length).toBeGreaterThan(10);
    expect(users.some((u) => u.roles.length > 1)).toBe(true);
    for (const user of users) {
      const row = await readSessionUser(db.prisma, user.id);
      expect({ ...row!, roles: byRole(row!.roles) }, user.email).toEqual({ ...user, roles: byRole(user.roles) });
    }
    const deactivated = await readSessionUser(db.prisma, someone.id);
    expect(deactivated!.deactivatedAt).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(deactivated!.sessionVersion).toBe(3);
  });

  it("gives nothing for an id that is no user, also past 2^31", async () => {
    expect(await readSessionUser(db.prisma, 987_654)).toBeNull();
    expect(await readSessionUser(db.prisma, 2 ** 31 + 5)).toBeNull();
  });
});
