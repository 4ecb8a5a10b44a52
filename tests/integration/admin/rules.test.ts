// The secretariat's rules beyond "who may": the last secretariat member stays, nobody locks
// themselves out or reaches into another community's accounts, and duplicates are refused cleanly.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { addMember, removeMember } from "../../../lib/communities/members";
import { addExistingUser, createUser, setRoles } from "../../../lib/users/community-users";
import { answerInvitation, openInvitationsFor } from "../../../lib/users/community-invitations";
import { deactivateUser } from "../../../lib/users/activation";
import { freshOrganisation, freshUser, seedWorld, snapshot, type World } from "./fixtures";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

const refusedUnchanged = async (run: () => Promise<unknown>, expected: object) => {
  const before = await snapshot(db.prisma);
  await expect(run()).rejects.toMatchObject(expected);
  expect(await snapshot(db.prisma)).toEqual(before);
};

describe("the last secretariat member", () => {
  it("cannot lose the role, nor be deactivated, while nobody else holds it", async () => {
    const { secretariat, admin } = w.users;
    await refusedUnchanged(
      () => setRoles(secretariat, { communityId: w.gtm, userId: secretariat.id, roles: ["MEMBER"] }),
      {
        code: "CONFLICT",
        fields: { roles: "admin.users.lastSecretariat" },
      },
    );
    await refusedUnchanged(() => deactivateUser(admin, { communityId: w.gtm, userId: secretariat.id }), {
      code: "CONFLICT",
    });
  });

  it("can hand over: with a second active secretary, the first may step down", async () => {
    const second = await freshUser(db.prisma, w.gtm, ["SECRETARIAT"], { password: true });
    const { secretariat } = w.users;
    expect(
      await setRoles(secretariat, { communityId: w.gtm, userId: secretariat.id, roles: ["SECRETARIAT", "MEMBER"] }),
    ).toBe("changed");
    // A deactivated secretary does not count as the one who remains.
    await db.prisma.user.update({ where: { id: second.id }, data: { deactivatedAt: new Date() } });
    await refusedUnchanged(
      () => setRoles(secretariat, { communityId: w.gtm, userId: secretariat.id, roles: ["MEMBER"] }),
      { code: "CONFLICT" },
    );
    await db.prisma.user.update({ where: { id: second.id }, data: { deactivatedAt: null } });
    await setRoles(w.users.admin, { communityId: w.gtm, userId: second.id, roles: ["MEMBER"] });
  });

  it("leaves no audit row when the roles do not change", async () => {
    const count = await db.prisma.auditEvent.count();
    const { secretariat } = w.users;
    expect(
      await setRoles(secretariat, { communityId: w.gtm, userId: secretariat.id, roles: ["MEMBER", "SECRETARIAT"] }),
    ).toBe("unchanged");
    expect(await db.prisma.auditEvent.count()).toBe(count);
  });
});

describe("deactivation", () => {
  it("refuses deactivating yourself", async () => {
    await freshUser(db.prisma, w.gtm, ["SECRETARIAT"], { password: true }); // so the last-member rule is not what stops it
    await refusedUnchanged(
      () => deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: w.users.secretariat.id }),
      { code: "CONFLICT", messageKey: "admin.users.cannotDeactivateSelf" },
    );
  });

  it("leaves a user whose home is another community to that community or the platform administrator", async () => {
    const { lead, otherSecretariat, admin } = w.users; // lead in GovTech (home), member in the other community
    await refusedUnchanged(() => deactivateUser(otherSecretariat, { communityId: w.fdd, userId: lead.id }), {
      code: "FORBIDDEN",
      messageKey: "admin.users.rolesElsewhere",
    });
    await deactivateUser(admin, { communityId: w.fdd, userId: lead.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: lead.id } })).deactivatedAt).toBeInstanceOf(Date);
  });

  it("keeps the user's row and roles: their history stays", async () => {
    const target = await freshUser(db.prisma, w.gtm, ["PROJECT_LEAD"], { password: true });
    await deactivateUser(w.users.secretariat, { communityId: w.gtm, userId: target.id });
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: target.id }, include: { roles: true } });
    expect(row.roles.map((r) => r.role)).toEqual(["PROJECT_LEAD"]);
  });
});

describe("members and users", () => {
  it("refuses adding an organisation that is already a member, and removing one that is not", async () => {
    const org = await freshOrganisation(db.prisma);
    await addMember(w.users.secretariat, { communityId: w.gtm, organisationId: org.id });
    await refusedUnchanged(() => addMember(w.users.secretariat, { communityId: w.gtm, organisationId: org.id }), {
      code: "CONFLICT",
      fields: { organisationId: "admin.members.alreadyMember" },
    });
    await removeMember(w.users.secretariat, { communityId: w.gtm, organisationId: org.id });
    expect(await db.prisma.communityMember.findFirst({ where: { organisationId: org.id } })).toMatchObject({
      status: "LEFT",
    });
    await refusedUnchanged(() => removeMember(w.users.secretariat, { communityId: w.gtm, organisationId: org.id }), {
      code: "NOT_FOUND",
    });
    // Re-adding reuses the row: one row per community and organisation, its history in the audit trail.
    await addMember(w.users.secretariat, { communityId: w.gtm, organisationId: org.id });
    expect(await db.prisma.communityMember.count({ where: { organisationId: org.id } })).toBe(1);
  });

  it("refuses an unknown organisation beside its field", async () => {
    await refusedUnchanged(() => addMember(w.users.secretariat, { communityId: w.gtm, organisationId: 999_999 }), {
      fields: { organisationId: "admin.members.organisationUnknown" },
    });
  });

  it("refuses a second user with the same e-mail beside the e-mail field", async () => {
    const org = await freshOrganisation(db.prisma);
    const input = {
      communityId: w.gtm,
      name: "Dorte Dobbelt",
      email: "dobbelt@test.example",
      organisationId: org.id,
      roles: ["MEMBER" as const],
    };
    await createUser(w.users.secretariat, input);
    await refusedUnchanged(() => createUser(w.users.otherSecretariat, { ...input, communityId: w.fdd }), {
      code: "CONFLICT",
      fields: { email: "admin.users.emailTaken" },
    });
  });

  it("gives the roles in its own community only", async () => {
    const org = await freshOrganisation(db.prisma);
    const { userId } = await createUser(w.users.secretariat, {
      communityId: w.gtm,
      name: "Rolf Rolle",
      email: "rolf@test.example",
      organisationId: org.id,
      roles: ["STEERING", "MEMBER"],
    });
    const roles = await db.prisma.roleAssignment.findMany({ where: { userId }, orderBy: { role: "asc" } });
    expect(roles.map((r) => [r.communityId, r.role])).toEqual([
      [w.gtm, "STEERING"],
      [w.gtm, "MEMBER"],
    ]);
  });

  it("invites an existing user by e-mail; the roles come when they accept, once", async () => {
    const { secretariat } = w.users;
    const base = { communityId: w.gtm, roles: ["MEMBER" as const] };
    await refusedUnchanged(() => addExistingUser(secretariat, { ...base, email: w.users.member.email }), {
      code: "CONFLICT",
      fields: { email: "admin.users.alreadyHere" },
    });
    await addExistingUser(secretariat, { ...base, email: w.users.otherSecretariat.email.toUpperCase() });
    const [invitation] = await openInvitationsFor(w.users.otherSecretariat);
    expect(invitation.roles).toEqual(["MEMBER"]);
    // Nobody else can answer it, and the addressee only once.
    await expect(answerInvitation(w.users.member, { invitationId: invitation.id, accept: true })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    expect(await answerInvitation(w.users.otherSecretariat, { invitationId: invitation.id, accept: true })).toBe(
      "accepted",
    );
    await expect(
      answerInvitation(w.users.otherSecretariat, { invitationId: invitation.id, accept: false }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const roles = await db.prisma.roleAssignment.findMany({
      where: { userId: w.users.otherSecretariat.id },
      orderBy: { id: "asc" },
    });
    expect(roles.map((r) => [r.communityId, r.role])).toEqual([
      [w.fdd, "SECRETARIAT"],
      [w.gtm, "MEMBER"],
    ]);
  });
});
