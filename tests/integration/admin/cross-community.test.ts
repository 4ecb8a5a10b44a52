// Issue 15 finding 4: one community's secretariat cannot take over another's users. Adding an
// existing user by e-mail is an invitation the user accepts; its answer is the same whether the
// address has an account or not, and names nobody. Holding roles elsewhere does not take the user
// away from their home community: it keeps deactivation, export and erasure.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import { seedWorld, freshUser, type World } from "./fixtures";
import { addExistingUser } from "../../../lib/users/community-users";
import { deactivateUser } from "../../../lib/users/activation";
import { exportPersonalData } from "../../../lib/privacy/export";
import { erasePersonalData } from "../../../lib/privacy/erase";
import { getCommunityUser } from "../../../lib/users/admin-queries";
import type { Database } from "../../../lib/db/connect";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

const rolesOf = async (userId: number) =>
  (await db.prisma.roleAssignment.findMany({ where: { userId }, orderBy: { id: "asc" } })).map((r) => [
    r.communityId,
    r.role,
  ]);

describe("adding another community's user", () => {
  it("gives no role until the user accepts", async () => {
    const { id, email } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
    const answer = await addExistingUser(w.users.otherSecretariat, {
      communityId: w.fdd,
      email,
      roles: ["PROJECT_LEAD"],
    });
    expect(await rolesOf(id)).toEqual([[w.gtm, "MEMBER"]]);
    expect(JSON.stringify(answer ?? null)).not.toMatch(/Testbruger|Testorganisation/);
  });

  it("answers alike for an address with an account and one without, naming nobody", async () => {
    const { email } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
    const outcome = async (address: string) => {
      try {
        return {
          ok: JSON.stringify(
            (await addExistingUser(w.users.otherSecretariat, {
              communityId: w.fdd,
              email: address,
              roles: ["MEMBER"],
            })) ?? null,
          ),
        };
      } catch (e) {
        return { error: (e as { code?: string }).code };
      }
    };
    const known = await outcome(email);
    const unknown = await outcome("findes-ikke@test.example");
    expect(unknown).toEqual(known);
    expect(known).not.toHaveProperty("error");
  });
});

describe("the home community keeps its user", () => {
  it("can export, deactivate and erase a user who also holds roles in another community", async () => {
    const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
    // However the user came to hold roles elsewhere (an accepted invitation, the seed): they do.
    await db.prisma.roleAssignment.create({ data: { userId: id, communityId: w.fdd, role: "PROJECT_LEAD" } });
    const exported = await exportPersonalData(w.users.secretariat, { communityId: w.gtm, userId: id });
    expect(JSON.stringify(exported)).toContain(String(id));
    await deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id } })).deactivatedAt).not.toBeNull();
    const { email } = await db.prisma.user.findUniqueOrThrow({ where: { id } });
    await erasePersonalData(w.users.secretariat, { communityId: w.gtm, userId: id, typedEmail: email });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id } })).email).not.toBe(email);
  });

  it("and the user pages offer the whole account's controls at home only", async () => {
    const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
    await db.prisma.roleAssignment.create({ data: { userId: id, communityId: w.fdd, role: "MEMBER" } });
    expect((await getCommunityUser(w.gtm, id))?.rolesElsewhere).toBe(false);
    expect((await getCommunityUser(w.fdd, id))?.rolesElsewhere).toBe(true);
  });

  it("while the other community may not deactivate or erase someone whose home is elsewhere", async () => {
    const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
    await db.prisma.roleAssignment.create({ data: { userId: id, communityId: w.fdd, role: "MEMBER" } });
    await expect(deactivateUser(w.users.otherSecretariat, { communityId: w.fdd, userId: id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      exportPersonalData(w.users.otherSecretariat, { communityId: w.fdd, userId: id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
