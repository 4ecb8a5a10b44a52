// "Bliv medlem": any signed-in user may ask for their own organisation, once at a time; the
// secretariat's answer and the request itself each leave one audit row.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { sessionUserSelect } from "../../../lib/auth/session";
import { decideMembershipRequest, requestMembership } from "../../../lib/communities/join";
import { membershipStatusOf } from "../../../lib/communities/admin-queries";
import { freshUser, seedWorld, snapshot, type World } from "./fixtures";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
});

const asSession = (id: number) => db.prisma.user.findUniqueOrThrow({ where: { id }, select: sessionUserSelect });

describe("a membership request", () => {
  it("needs a signed-in user", async () => {
    const before = await snapshot(db.prisma);
    await expect(requestMembership(null, { communityId: w.gtm, note: "" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("is refused for an organisation that is already a member, or the secretariat's own", async () => {
    for (const user of [w.users.member, w.users.secretariat]) {
      const before = await snapshot(db.prisma);
      await expect(requestMembership(user, { communityId: w.gtm, note: "" })).rejects.toMatchObject({
        code: "CONFLICT",
      });
      expect(await snapshot(db.prisma)).toEqual(before);
    }
  });

  it("goes from request to decision, one audit row each, and may be repeated after a decline", async () => {
    // An FDD-only user (Gate 21 is not a member of GovTech Midtjylland) asks on Gate 21's behalf.
    const asker = await asSession((await freshUser(db.prisma, w.fdd, ["MEMBER"], { password: true })).id);
    const orgId = asker.organisation.id;
    const audits = () =>
      db.prisma.auditEvent.findMany({ where: { entity: "CommunityMember" }, orderBy: { id: "asc" } });
    const start = (await audits()).length;

    await requestMembership(asker, { communityId: w.gtm, note: "Vi har sensordata om vandstand." });
    expect(await membershipStatusOf(w.gtm, orgId)).toBe("REQUESTED");
    await expect(requestMembership(asker, { communityId: w.gtm, note: "igen" })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "admin.join.alreadyRequested",
    });

    await decideMembershipRequest(w.users.secretariat, {
      communityId: w.gtm,
      organisationId: orgId,
      decision: "DECLINE",
    });
    expect(await membershipStatusOf(w.gtm, orgId)).toBe("DECLINED");
    await requestMembership(asker, { communityId: w.gtm, note: "" });
    await decideMembershipRequest(w.users.secretariat, {
      communityId: w.gtm,
      organisationId: orgId,
      decision: "ACCEPT",
    });
    expect(await membershipStatusOf(w.gtm, orgId)).toBe("ACTIVE");
    // A decided request cannot be decided again.
    await expect(
      decideMembershipRequest(w.users.secretariat, { communityId: w.gtm, organisationId: orgId, decision: "DECLINE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const rows = (await audits()).slice(start);
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["request", asker.id],
      ["decline", w.users.secretariat.id],
      ["request", asker.id],
      ["accept", w.users.secretariat.id],
    ]);
    expect(rows[0]).toMatchObject({
      before: null,
      after: { status: "REQUESTED", requestNote: "Vi har sensordata om vandstand." },
    });
    expect(rows[1]).toMatchObject({ before: { status: "REQUESTED" }, after: { status: "DECLINED" } });
    expect(rows[2]).toMatchObject({
      before: { status: "DECLINED" },
      after: { status: "REQUESTED", requestNote: null },
    });
    expect(rows[3]).toMatchObject({ before: { status: "REQUESTED" }, after: { status: "ACTIVE" } });
  });
});
