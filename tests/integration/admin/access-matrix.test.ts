// Every secretariat mutation × every kind of user: allowed exactly for the community's secretariat
// and the platform administrator, each allowed change leaving exactly one audit row with before and
// after; every refusal the right error code and not one row changed.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { addMember, removeMember } from "../../../lib/communities/members";
import { decideMembershipRequest } from "../../../lib/communities/join";
import { addExistingUser, createUser, setRoles } from "../../../lib/users/community-users";
import { deactivateUser, reactivateUser, renewInvite } from "../../../lib/users/activation";
import { freshOrganisation, freshUser, seedWorld, snapshot, type World } from "./fixtures";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

type Case = {
  name: string;
  entity: string;
  action: string;
  /** Makes a fresh target in GovTech Midtjylland and returns the mutation, bound to it. */
  prepare: () => Promise<(user: SessionUser | null, communityId?: number) => Promise<unknown>>;
  /** Whether the mutation reaches a target that another community's secretariat could name. */
  hasTarget: boolean;
};

const member = async (status: "ACTIVE" | "REQUESTED") => {
  const org = await freshOrganisation(db.prisma);
  await db.prisma.communityMember.create({
    data: {
      communityId: w.gtm,
      organisationId: org.id,
      status,
      requestNote: status === "REQUESTED" ? "Vi vil gerne være med" : null,
    },
  });
  return org.id;
};

const CASES: Case[] = [
  {
    name: "addMember",
    entity: "CommunityMember",
    action: "add",
    hasTarget: false,
    prepare: async () => {
      const { id } = await freshOrganisation(db.prisma);
      return (u, c = w.gtm) => addMember(u, { communityId: c, organisationId: id });
    },
  },
  {
    name: "removeMember",
    entity: "CommunityMember",
    action: "remove",
    hasTarget: true,
    prepare: async () => {
      const id = await member("ACTIVE");
      return (u, c = w.gtm) => removeMember(u, { communityId: c, organisationId: id });
    },
  },
  {
    name: "accept request",
    entity: "CommunityMember",
    action: "accept",
    hasTarget: true,
    prepare: async () => {
      const id = await member("REQUESTED");
      return (u, c = w.gtm) => decideMembershipRequest(u, { communityId: c, organisationId: id, decision: "ACCEPT" });
    },
  },
  {
    name: "decline request",
    entity: "CommunityMember",
    action: "decline",
    hasTarget: true,
    prepare: async () => {
      const id = await member("REQUESTED");
      return (u, c = w.gtm) => decideMembershipRequest(u, { communityId: c, organisationId: id, decision: "DECLINE" });
    },
  },
  {
    name: "createUser",
    entity: "User",
    action: "create",
    hasTarget: false,
    prepare: async () => {
      const org = await freshOrganisation(db.prisma);
      const email = `ny-${org.id}@test.example`;
      return (u, c = w.gtm) =>
        createUser(u, {
          communityId: c,
          name: "Ny Bruger",
          email,
          organisationId: org.id,
          roles: ["MEMBER", "PROJECT_LEAD"],
        });
    },
  },
  {
    name: "addExistingUser",
    entity: "CommunityInvitation",
    action: "create",
    hasTarget: false,
    prepare: async () => {
      const { email } = await freshUser(db.prisma, w.fdd, ["MEMBER"], { password: true });
      return (u, c = w.gtm) => addExistingUser(u, { communityId: c, email, roles: ["PROJECT_LEAD"] });
    },
  },
  {
    name: "setRoles",
    entity: "User",
    action: "roles",
    hasTarget: true,
    prepare: async () => {
      const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"]);
      return (u, c = w.gtm) => setRoles(u, { communityId: c, userId: id, roles: ["STEERING"] });
    },
  },
  {
    name: "deactivateUser",
    entity: "User",
    action: "deactivate",
    hasTarget: true,
    prepare: async () => {
      const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true });
      return (u, c = w.gtm) => deactivateUser(u, { communityId: c, userId: id });
    },
  },
  {
    name: "reactivateUser",
    entity: "User",
    action: "reactivate",
    hasTarget: true,
    prepare: async () => {
      const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"], { password: true, deactivated: true });
      return (u, c = w.gtm) => reactivateUser(u, { communityId: c, userId: id });
    },
  },
  {
    name: "renewInvite",
    entity: "User",
    action: "invite",
    hasTarget: true,
    prepare: async () => {
      const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"]);
      return (u, c = w.gtm) => renewInvite(u, { communityId: c, userId: id });
    },
  },
];

const REFUSED = [
  { who: "a steering member", user: () => w.users.steering, code: "FORBIDDEN" },
  { who: "a project lead", user: () => w.users.lead, code: "FORBIDDEN" },
  { who: "a member", user: () => w.users.member, code: "FORBIDDEN" },
  { who: "the other community's secretariat", user: () => w.users.otherSecretariat, code: "FORBIDDEN" },
  { who: "nobody (signed out)", user: () => null, code: "UNAUTHENTICATED" },
] as const;

const ALLOWED = [
  { who: "the community's secretariat", user: () => w.users.secretariat },
  { who: "a platform administrator", user: () => w.users.admin },
] as const;

describe.each(CASES)("$name", (c) => {
  it.each(REFUSED)("is refused for $who, and no row changes", async ({ user, code }) => {
    const run = await c.prepare();
    const before = await snapshot(db.prisma);
    await expect(run(user())).rejects.toMatchObject({ name: "AppError", code });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it.each(ALLOWED)("is allowed for $who, with exactly one audit row holding before and after", async ({ user }) => {
    const run = await c.prepare();
    const lastId = (await db.prisma.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0;
    await run(user());
    const rows = await db.prisma.auditEvent.findMany({ where: { id: { gt: lastId } } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ actorId: user().id, communityId: w.gtm, entity: c.entity, action: c.action });
    expect(row.after).toEqual(expect.any(Object));
    // A creation has nothing before it; everything else records the state it changed.
    if (c.action === "create" || c.action === "add") expect(row.before).toBeNull();
    else expect(row.before).toEqual(expect.any(Object));
  });

  if (c.hasTarget) {
    it("is not found for the other community's secretariat naming its own community", async () => {
      const run = await c.prepare();
      const before = await snapshot(db.prisma);
      await expect(run(w.users.otherSecretariat, w.fdd)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await snapshot(db.prisma)).toEqual(before);
    });
  }
});
