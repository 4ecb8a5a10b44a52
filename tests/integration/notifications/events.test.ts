// Notices made by gate events and by the sweep, on real PostgreSQL semantics: who is told, that a
// rolled-back event tells nobody, that concurrent sweeps make each notice once, and that each
// user's choices are kept. No SMTP_URL here, so nothing is queued for e-mail.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { submitScorecard } from "../../../lib/gates/score";
import { decideGate } from "../../../lib/gates/decide";
import { notifyReviewRequested } from "../../../lib/notifications/notify";
import { sweepDue } from "../../../lib/notifications/sweep";
import { dedupeKey } from "../../../lib/notifications/kinds";
import { eraseNotificationsOf } from "../../../lib/notifications/erase";
import { markAllRead, markRead, unreadCount, listNotices } from "../../../lib/notifications/queries";
import { getPreferences, preferencesSchema, savePreferences } from "../../../lib/notifications/preferences";
import { buildStagePilot, requestInput, scoresFor, seedGateWorld, type GateWorld } from "../gates/fixtures";

let db: Database;
let w: GateWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 2_000_000);
});

const noticesOf = (where: {
  reviewId?: number;
  decisionId?: number;
  phaseId?: number;
  kind?: "PHASE_OVERDUE" | "CONDITION_DUE";
}) =>
  db.prisma.notification.findMany({
    where,
    select: { userId: true, kind: true, mailStatus: true, inApp: true },
    orderBy: { userId: "asc" },
  });

describe("a gate review is requested", () => {
  it("calls on each steering member of the pilot's community once, and nobody else", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
    const notices = await noticesOf({ reviewId });
    const steering = [w.users.steering.id, w.users.steering2.id, w.users.steering3.id].sort((a, b) => a - b);
    expect(notices.map((n) => n.userId)).toEqual(steering);
    expect(notices.every((n) => n.kind === "REVIEW_REQUESTED" && n.inApp && n.mailStatus === "NONE")).toBe(true);
    // Not the other community's steering member, not the lead who asked, not the secretariat or the admin.
    for (const u of [w.users.otherSteering, w.users.lead, w.users.secretariat, w.users.admin, w.users.member]) {
      expect(await unreadCount(u)).toBe(0);
    }
    expect(await unreadCount(w.users.steering2)).toBe(1);
  });

  it("tells nobody when the transaction that made the notices rolls back", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const before = await db.prisma.notification.count();
    const review = await db.prisma.gateReview.create({
      data: {
        phaseId: p.phaseId,
        evidenceSummary: "x",
        dueDate: new Date("2030-01-01T00:00:00Z"),
        requestedById: w.users.lead.id,
      },
      select: { id: true },
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        const made = await notifyReviewRequested(tx, {
          reviewId: review.id,
          phaseId: p.phaseId,
          pilotId: p.id,
          communityId: w.gtm,
          actorId: w.users.lead.id,
        });
        expect(made).toBe(3); // made inside the transaction…
        throw new Error("the event fails after its notices were written");
      }),
    ).rejects.toThrow("the event fails");
    expect(await db.prisma.notification.count()).toBe(before); // …and gone with it
  });

  it("makes no notices when the request itself is refused", async () => {
    const p = await buildStagePilot(db.prisma, w);
    await requestGateReview(w.users.lead, requestInput(p.phaseId));
    const before = await db.prisma.notification.count();
    await expect(requestGateReview(w.users.lead, requestInput(p.phaseId))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(requestGateReview(w.users.otherLead, requestInput(p.phaseId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.prisma.notification.count()).toBe(before);
  });

  it("keeps each user's choices: a kind turned off in both channels makes no notice", async () => {
    await db.prisma.notificationPreference.create({
      data: { userId: w.users.steering2.id, kind: "REVIEW_REQUESTED", inApp: false, email: false },
    });
    // Turning off another kind changes nothing for this one.
    await db.prisma.notificationPreference.create({
      data: { userId: w.users.steering3.id, kind: "DECISION_MADE", inApp: false, email: false },
    });
    // E-mail only — but no SMTP is configured, so there is nothing to deliver at all.
    await db.prisma.notificationPreference.create({
      data: { userId: w.users.steering.id, kind: "REVIEW_REQUESTED", inApp: false, email: true },
    });
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId));
    expect((await noticesOf({ reviewId })).map((n) => n.userId)).toEqual([w.users.steering3.id]);
    await db.prisma.notificationPreference.deleteMany({});
  });
});

describe("a decision is made", () => {
  it("tells the lead and the secretariat, not the decider; a refused decision tells nobody", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId, { requestedGrant: 300_000 }));
    const go = {
      reviewId,
      outcome: "GO" as const,
      rationale: "Klar effekt.",
      grant: 300_000,
      extraGrant: 0,
      adopterIds: [],
      conditions: [],
    };
    await submitScorecard(w.users.steering, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 4),
    });
    const before = await db.prisma.notification.count();
    await expect(decideGate(w.users.steering, go)).rejects.toMatchObject({ code: "CONFLICT" }); // no quorum yet
    expect(await db.prisma.notification.count()).toBe(before);
    await submitScorecard(w.users.steering2, {
      reviewId,
      conflictOfInterest: false,
      scores: await scoresFor(db.prisma, w.gtm, 4),
    });
    const { decisionId } = await decideGate(w.users.steering, go);
    const told = (await noticesOf({ decisionId })).map((n) => n.userId);
    expect(told).toEqual([w.users.secretariat.id, w.users.lead.id].sort((a, b) => a - b));
    const [notice] = await listNotices(w.users.lead).then((l) => l.filter((n) => n.decisionId === decisionId));
    expect(notice).toMatchObject({
      kind: "DECISION_MADE",
      decision: { outcome: "GO" },
      phase: { kind: "TEST" },
      readAt: null,
    });
  });
});

describe("the sweep", () => {
  it("notices an overdue phase and a condition falling due once, however many sweeps run at once", async () => {
    const p = await buildStagePilot(db.prisma, w); // TEST phase planned to end 2026-12-31
    const lastDay = new Date("2026-12-31T12:00:00Z");
    expect(await sweepDue(lastDay)).toBeGreaterThanOrEqual(0);
    expect(await noticesOf({ phaseId: p.phaseId, kind: "PHASE_OVERDUE" })).toEqual([]); // the end day itself is on time
    const after = new Date("2027-01-02T08:00:00Z");
    const made = await Promise.all([sweepDue(after), sweepDue(after), sweepDue(after)]);
    const overdue = await noticesOf({ phaseId: p.phaseId, kind: "PHASE_OVERDUE" });
    expect(overdue.map((n) => n.userId)).toEqual([w.users.secretariat.id, w.users.lead.id].sort((a, b) => a - b));
    // The sweep builds its keys in SQL: they must be the ones the rest of the app names events by.
    const stored = await db.prisma.notification.findFirstOrThrow({
      where: { phaseId: p.phaseId, kind: "PHASE_OVERDUE" },
      select: { dedupeKey: true },
    });
    expect(stored.dedupeKey).toBe(dedupeKey.phaseOverdue(p.phaseId, new Date("2026-12-31T00:00:00Z")));
    expect(made.reduce((a, b) => a + b, 0)).toBe(
      await db.prisma.notification.count({ where: { kind: { in: ["PHASE_OVERDUE", "CONDITION_DUE"] } } }),
    );
    expect(await sweepDue(after)).toBe(0);
  });

  it("respects each recipient's choice: a lead who turned overdue phases off in both channels hears nothing", async () => {
    const p = await buildStagePilot(db.prisma, w);
    await db.prisma.notificationPreference.create({
      data: { userId: w.users.lead.id, kind: "PHASE_OVERDUE", inApp: false, email: false },
    });
    try {
      await sweepDue(new Date("2027-01-02T08:00:00Z"));
      const told = await noticesOf({ phaseId: p.phaseId, kind: "PHASE_OVERDUE" });
      expect(told.map((n) => n.userId)).toEqual([w.users.secretariat.id]);
    } finally {
      await db.prisma.notificationPreference.deleteMany({ where: { userId: w.users.lead.id } });
    }
  });

  it("notices a condition seven days before it is due, not earlier, and not once it is done", async () => {
    const p = await buildStagePilot(db.prisma, w);
    const { reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId, { requestedGrant: 100_000 }));
    for (const u of [w.users.steering, w.users.steering2])
      await submitScorecard(u, { reviewId, conflictOfInterest: false, scores: await scoresFor(db.prisma, w.gtm, 4) });
    const { decisionId } = await decideGate(w.users.steering, {
      reviewId,
      outcome: "GO",
      rationale: "Ja.",
      grant: 100_000,
      extraGrant: 0,
      adopterIds: [],
      conditions: [
        { text: "Databehandleraftale underskrevet", dueDate: "2026-06-15" },
        { text: "Allerede klaret", dueDate: "2026-06-15" },
      ],
    });
    const [open, done] = await db.prisma.gateCondition.findMany({ where: { decisionId }, orderBy: { id: "asc" } });
    await db.prisma.gateCondition.update({
      where: { id: done.id },
      data: { doneAt: new Date(), doneById: w.users.secretariat.id },
    });
    await sweepDue(new Date("2026-06-07T10:00:00Z"));
    expect(await db.prisma.notification.count({ where: { conditionId: { in: [open.id, done.id] } } })).toBe(0);
    await sweepDue(new Date("2026-06-08T10:00:00Z"));
    const due = await db.prisma.notification.findMany({
      where: { kind: "CONDITION_DUE", decisionId },
      select: { userId: true, conditionId: true },
    });
    expect(due.map((n) => n.conditionId)).toEqual([open.id, open.id]);
    expect(due.map((n) => n.userId).sort((a, b) => a - b)).toEqual(
      [w.users.secretariat.id, w.users.lead.id].sort((a, b) => a - b),
    );
  });
});

describe("preferences", () => {
  it("saves every kind and channel as ticked, with the e-mail language; a bad language is refused with its message", async () => {
    const u = w.users.member;
    expect(await getPreferences(u.id)).toEqual({
      locale: "da",
      prefs: {
        REVIEW_REQUESTED: { inApp: true, email: true },
        DECISION_MADE: { inApp: true, email: true },
        PHASE_OVERDUE: { inApp: true, email: true },
        CONDITION_DUE: { inApp: true, email: true },
        SPREAD_COMMITTED: { inApp: true, email: true },
        EVIDENCE_MISSING: { inApp: true, email: true },
        IDEA_REVIEW_DUE: { inApp: true, email: true },
      },
    });
    const bad = preferencesSchema.safeParse({ REVIEW_REQUESTED_inApp: "on", locale: "de" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ["locale"], message: "notifications.prefs.badLanguage" });
    const form = preferencesSchema.parse({ REVIEW_REQUESTED_inApp: "on", DECISION_MADE_email: "on", locale: "en" });
    await savePreferences(u, form);
    expect(await getPreferences(u.id)).toEqual({
      locale: "en",
      prefs: {
        REVIEW_REQUESTED: { inApp: true, email: false },
        DECISION_MADE: { inApp: false, email: true },
        PHASE_OVERDUE: { inApp: false, email: false },
        CONDITION_DUE: { inApp: false, email: false },
        SPREAD_COMMITTED: { inApp: false, email: false },
        EVIDENCE_MISSING: { inApp: false, email: false },
        IDEA_REVIEW_DUE: { inApp: false, email: false },
      },
    });
    await db.prisma.notificationPreference.deleteMany({ where: { userId: u.id } });
  });
});

describe("reading and erasing", () => {
  it("marks one's own notices read, refuses someone else's, and erases a user's notices and choices", async () => {
    const u = w.users.steering3;
    const [first] = await listNotices(u);
    const unread = await unreadCount(u);
    expect(unread).toBeGreaterThan(0);
    await expect(markRead(w.users.steering, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await markRead(u, first.id);
    expect(await unreadCount(u)).toBe(unread - 1);
    expect(await markAllRead(u)).toBe(unread - 1);
    expect(await unreadCount(u)).toBe(0);
    await db.prisma.notificationPreference.create({
      data: { userId: u.id, kind: "PHASE_OVERDUE", inApp: false, email: false },
    });
    const others = await db.prisma.notification.count({ where: { userId: { not: u.id } } });
    const erased = await db.prisma.$transaction((tx) => eraseNotificationsOf(tx, u.id));
    expect(erased.preferences).toBe(1);
    expect(erased.notifications).toBeGreaterThan(0);
    expect(await db.prisma.notification.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: { not: u.id } } })).toBe(others);
  });
});
