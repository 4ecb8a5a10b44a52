// GDPR export and erasure by a community's secretariat, on the demo data: the export holds the
// person's data and nobody else's; after erasure no text or JSON column anywhere holds their name or
// e-mail, while every history row still exists and points to the same, now anonymised, user; another
// community's secretariat can do neither; a refused erase changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { exportPersonalData } from "../../../lib/privacy/export";
import { ERASED_NAME, erasePersonalData, erasedEmail } from "../../../lib/privacy/erase";
import { accountKey } from "../../../lib/auth/throttle";
import { AppError } from "../../../lib/errors";

import { fingerprint } from "../../../scripts/lib/backup";
let db: Database;
let w: DemoWorld;
let subject: { id: number; name: string; email: string };
let otherSecretariat: SessionUser;

const HISTORY = {
  expenses: (id: number) => db.prisma.expense.count({ where: { createdById: id } }),
  results: (id: number) => db.prisma.resultEntry.count({ where: { createdById: id } }),
  lessons: (id: number) => db.prisma.lesson.count({ where: { authorId: id } }),
  ledPilots: (id: number) => db.prisma.pilot.count({ where: { projectLeadId: id } }),
  gateRequests: (id: number) => db.prisma.gateReview.count({ where: { requestedById: id } }),
  auditByUser: (id: number) => db.prisma.auditEvent.count({ where: { actorId: id } }),
};
const history = async (id: number) =>
  Object.fromEntries(await Promise.all(Object.entries(HISTORY).map(async ([k, f]) => [k, await f(id)])));

/** Every text, varchar, json and array column of every table, searched for each text. */
async function rowsMentioning(texts: string[]) {
  const columns = await db.prisma.$queryRawUnsafe<{ t: string; c: string }[]>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
  );
  const hits: string[] = [];
  for (const { t, c } of columns) {
    for (const text of texts) {
      const [r] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${t}" WHERE "${c}"::text ILIKE $1`,
        `%${text}%`,
      );
      if (r.n > 0) hits.push(`${t}.${c} ∋ ${text} (${r.n})`);
    }
  }
  return hits;
}

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  const lead = await db.prisma.user.findUniqueOrThrow({
    where: { id: w.users.viborgLead.id },
    select: { id: true, name: true, email: true },
  });
  subject = lead;
  otherSecretariat = await db.prisma.user.findUniqueOrThrow({
    where: { email: "sekretariat@gate21.example" },
    select: sessionUserSelect,
  });
  // Everything else the platform can hold about a person: an audit entry naming them, an invitation,
  // an API token, a sign-in failure, a notification choice.
  const secretariat = w.users.gtmSecretariat;
  await db.prisma.auditEvent.create({
    data: {
      actorId: secretariat.id,
      communityId: w.gtmId,
      entity: "User",
      entityId: String(lead.id),
      action: "create",
      after: { name: lead.name, email: lead.email.toUpperCase(), roles: ["PROJECT_LEAD"] },
    },
  });
  await db.prisma.userInvite.create({
    data: {
      userId: lead.id,
      tokenHash: "privacy-test-invite",
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: secretariat.id,
    },
  });
  await db.prisma.apiToken.create({
    data: {
      name: `Token for ${lead.name}`,
      tokenHash: "privacy-test-token",
      prefix: "imk_test",
      access: "READ",
      pilotId: w.gtmDraft.id,
      createdById: lead.id,
    },
  });
  await db.prisma.signInFailure.create({ data: { key: accountKey(lead.email) } });
  await db.prisma.notificationPreference.create({
    data: {
      userId: lead.id,
      kind: (
        await db.prisma.$queryRawUnsafe<{ k: string }[]>(
          `SELECT unnest(enum_range(NULL::"NotificationKind"))::text AS k LIMIT 1`,
        )
      )[0].k as never,
      inApp: true,
      email: false,
    },
  });
}, 240_000);

const ref = () => ({ communityId: w.gtmId, userId: subject.id });

describe("export", () => {
  it("holds the person's profile, roles, history and account records, without any secret", async () => {
    const data = await exportPersonalData(w.users.gtmSecretariat, ref());
    expect(data.user).toMatchObject({ id: subject.id, name: subject.name, email: subject.email, hasPassword: true });
    expect(data.user.roles.length).toBeGreaterThan(0);
    expect(data.authored.ledPilots.length).toBeGreaterThan(0);
    expect(data.invitations).toHaveLength(1);
    expect(data.apiTokens).toMatchObject([{ prefix: "imk_test" }]);
    expect(data.notificationPreferences).toHaveLength(1);
    expect(data.audit.changesToAccount.some((e) => e.action === "create")).toBe(true);
    const text = JSON.stringify(data);
    for (const secret of ["privacy-test-invite", "privacy-test-token", "passwordHash", "$2"])
      expect(text).not.toContain(secret);
  });

  it("holds nothing that identifies any other user", async () => {
    const text = JSON.stringify(await exportPersonalData(w.users.gtmSecretariat, ref())).toLowerCase();
    const others = await db.prisma.user.findMany({
      where: { id: { not: subject.id } },
      select: { name: true, email: true },
    });
    expect(others.length).toBeGreaterThan(5);
    for (const o of others) {
      expect(text).not.toContain(o.email.toLowerCase());
      expect(text).not.toContain(o.name.toLowerCase());
    }
  });

  it("is refused to another community's secretariat (the same 404 as a user that does not exist)", async () => {
    await expect(exportPersonalData(otherSecretariat, ref())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportPersonalData(w.users.gtmMember, ref())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportPersonalData(null, ref())).rejects.toBeInstanceOf(AppError);
  });
});

describe("erase", () => {
  it("is refused to another community's secretariat, to a member, and with the wrong e-mail typed — and changes nothing", async () => {
    const before = await fingerprint(db.prisma);
    await expect(erasePersonalData(otherSecretariat, { ...ref(), typedEmail: subject.email })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(erasePersonalData(w.users.gtmMember, { ...ref(), typedEmail: subject.email })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      erasePersonalData(w.users.gtmSecretariat, { ...ref(), typedEmail: "someone@else.example" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", fields: { typedEmail: "privacy.admin.emailMismatch" } });
    await expect(
      erasePersonalData(w.users.gtmSecretariat, {
        communityId: w.gtmId,
        userId: w.users.gtmSecretariat.id,
        typedEmail: w.users.gtmSecretariat.email,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("leaves no trace of the name or e-mail in any row, keeps every history row pointing to the anonymised user, and audits itself", async () => {
    const historyBefore = await history(subject.id);
    expect(historyBefore.ledPilots).toBeGreaterThan(0);
    expect(await rowsMentioning([subject.name, subject.email])).not.toEqual([]); // the search can find them

    const removed = await erasePersonalData(w.users.gtmSecretariat, {
      ...ref(),
      typedEmail: ` ${subject.email.toUpperCase()} `,
    });
    expect(removed).toMatchObject({ invitations: 1, apiTokens: 1, signInFailures: 1, preferences: 1 });
    expect(removed.auditEventsRedacted).toBeGreaterThan(0);

    expect(await rowsMentioning([subject.name, subject.email])).toEqual([]);
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: subject.id }, include: { roles: true } });
    expect(after).toMatchObject({
      name: ERASED_NAME,
      email: erasedEmail(subject.id),
      passwordHash: null,
      isPlatformAdmin: false,
    });
    expect(after.deactivatedAt).not.toBeNull(); // sessions end: currentUser refuses a deactivated user
    expect(after.roles).toEqual([]);
    const historyAfter = await history(subject.id);
    // The erase adds its own audit event, by the secretariat, not by the subject.
    expect(historyAfter).toEqual(historyBefore);

    const event = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "privacy-erase", entityId: String(subject.id) },
    });
    expect(event.actorId).toBe(w.users.gtmSecretariat.id);
    const text = JSON.stringify(event);
    expect(text).not.toContain(subject.email);
    expect(text).not.toContain(subject.name);
  });

  it("keeps the audit trail append-only outside the erase: redaction is not left switched on", async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
  });
});
