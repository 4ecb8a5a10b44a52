// The audit trail: append-only in the database itself, readable only by the community's
// secretariat, filtered by kind, person and Danish calendar days, a page at a time.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { AUDIT_PAGE_SIZE, auditActors, browseAudit } from "../../../lib/audit/browse";
import { auditFilterSchema } from "../../../lib/audit/filter";
import { addMember } from "../../../lib/communities/members";
import { setRoles } from "../../../lib/users/community-users";
import { freshOrganisation, freshUser, seedWorld, type World } from "./fixtures";

let db: Database;
let w: World;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedWorld(db.prisma);
  for (let i = 0; i < AUDIT_PAGE_SIZE + 2; i++) {
    await addMember(w.users.secretariat, {
      communityId: w.gtm,
      organisationId: (await freshOrganisation(db.prisma)).id,
    });
  }
  const { id } = await freshUser(db.prisma, w.gtm, ["MEMBER"]);
  await setRoles(w.users.admin, { communityId: w.gtm, userId: id, roles: ["PROJECT_LEAD"] });
  await addMember(w.users.otherSecretariat, {
    communityId: w.fdd,
    organisationId: (await freshOrganisation(db.prisma)).id,
  });
});

const filter = (raw: Record<string, string>) => auditFilterSchema.parse(raw);

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, whoever asks", async () => {
    const row = await db.prisma.auditEvent.findFirstOrThrow();
    await expect(db.prisma.auditEvent.update({ where: { id: row.id }, data: { action: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.prisma.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("shows a community's events only to its secretariat and the platform administrator", async () => {
    for (const user of [w.users.steering, w.users.lead, w.users.member, w.users.otherSecretariat]) {
      await expect(browseAudit(user, w.gtm, filter({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(browseAudit(null, w.gtm, filter({}))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const page = await browseAudit(w.users.admin, w.gtm, filter({}));
    expect(page.total).toBe(AUDIT_PAGE_SIZE + 3);
  });

  it("pages newest first, and names the subject of each event", async () => {
    const first = await browseAudit(w.users.secretariat, w.gtm, filter({}));
    expect(first).toMatchObject({ page: 1, pages: 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0].action).toBe("roles");
    const second = await browseAudit(w.users.secretariat, w.gtm, filter({ page: "2" }));
    expect(second.events).toHaveLength(3);
    expect(second.names.subjects.get(`CommunityMember:${second.events[0].entityId}`)?.name).toMatch(
      /^Testorganisation/,
    );
    // Past the end falls back to the last page rather than an empty one.
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ page: "99" }))).page).toBe(2);
  });

  it("filters by topic, by person and by days in Danish time", async () => {
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ topic: "people" }))).total).toBe(
      AUDIT_PAGE_SIZE + 3,
    );
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ topic: "money" }))).total).toBe(0);
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ actor: String(w.users.admin.id) }))).total).toBe(1);
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ from: today, to: today }))).total).toBe(
      AUDIT_PAGE_SIZE + 3,
    );
    expect((await browseAudit(w.users.secretariat, w.gtm, filter({ to: "2020-01-01" }))).total).toBe(0);
    const actors = await auditActors(w.users.secretariat, w.gtm);
    expect(actors.map((a) => a.id).sort()).toEqual([w.users.secretariat.id, w.users.admin.id].sort());
  });
});
