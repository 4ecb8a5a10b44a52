// The e-mail outbox against a real SMTP server on localhost (tests/support/smtp.ts): a request is
// never held up or failed by a mail server that is down, the failed send is retried later, and every
// queued mail goes out once — in the recipient's language, with a link to the item — even when two
// senders run at once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const smtpPort = vi.hoisted(() => {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  // Read once by lib/env.ts when it is first imported, below.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Innovationsmotor <noreply@test.example>";
  return port;
});

import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { requestGateReview } from "../../../lib/gates/request";
import { notifyReviewRequested } from "../../../lib/notifications/notify";
import { closeMailTransport } from "../../../lib/mail/transport";
import { buildStagePilot, requestInput, seedGateWorld, type GateWorld } from "../gates/fixtures";
import { startSmtp } from "../../support/smtp";

import { MAX_ATTEMPTS, deliverPending } from "../../../lib/notifications/outbox";
let db: Database;
let w: GateWorld;
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedGateWorld(db.prisma, 2_000_000);
});
afterAll(async () => {
  closeMailTransport();
  await smtp?.close();
});

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);
const pendingOf = (reviewId: number) =>
  db.prisma.notification.findMany({ where: { reviewId }, orderBy: { userId: "asc" } });

describe("the outbox", () => {
  let reviewId: number;
  let pilotId: number;

  it("lets a review be requested while the mail server is down, and records the failed send for a retry", async () => {
    const p = await buildStagePilot(db.prisma, w);
    pilotId = p.id;
    await db.prisma.user.update({ where: { id: w.users.steering2.id }, data: { locale: "en" } });
    await db.prisma.notificationPreference.create({
      data: { userId: w.users.steering3.id, kind: "REVIEW_REQUESTED", inApp: true, email: false },
    });
    ({ reviewId } = await requestGateReview(w.users.lead, requestInput(p.phaseId)));
    const rows = await pendingOf(reviewId);
    expect(rows.map((r) => [r.userId, r.mailStatus])).toEqual([
      [w.users.steering.id, "PENDING"],
      [w.users.steering2.id, "PENDING"],
      [w.users.steering3.id, "NONE"], // in the app only, by choice
    ]);
    // The request kicked the outbox in the background; with nobody listening it fails and schedules a retry.
    // (A claimed row's lease is five minutes; a recorded failure brings the next try to one minute.)
    const retried = (r: { mailAttempts: number; mailNextAt: Date | null }) =>
      r.mailAttempts === 1 && r.mailNextAt!.getTime() < Date.now() + 90_000;
    await vi.waitFor(async () => expect((await pendingOf(reviewId)).filter(retried)).toHaveLength(2), {
      timeout: 20_000,
      interval: 200,
    });
    for (const r of (await pendingOf(reviewId)).slice(0, 2)) {
      expect(r.mailStatus).toBe("PENDING");
      expect(r.mailNextAt!.getTime()).toBeGreaterThan(Date.now() + 30_000); // not hammered: a minute later
    }
    // Not due yet: another run now sends nothing and touches nothing.
    expect(await deliverPending()).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
  });

  it("sends the retried mail once the server is back, in each recipient's language, with a link to the gate", async () => {
    smtp = await startSmtp(smtpPort);
    expect(await deliverPending({ now: inMinutes(2) })).toEqual({ sent: 2, failed: 0, gaveUp: 0 });
    const rows = await pendingOf(reviewId);
    expect(rows.slice(0, 2).every((r) => r.mailStatus === "SENT" && r.emailedAt && r.mailAttempts === 2)).toBe(true);
    const byTo = Object.fromEntries(smtp.mails.map((m) => [m.to[0], m]));
    expect(Object.keys(byTo).sort()).toEqual([w.users.steering.email, w.users.steering2.email].sort());
    const da = byTo[w.users.steering.email];
    expect(da.subject).toBe("Gate-vurdering anmodet: Vandstandssensorer i Gudenåen");
    expect(da.from).toBe("noreply@test.example");
    expect(da.text).toContain(`http://localhost:3000/piloter/${pilotId}/gate`);
    expect(da.text).toContain("fasen test");
    expect(da.html).toContain(`href="http://localhost:3000/piloter/${pilotId}/gate"`);
    const en = byTo[w.users.steering2.email];
    expect(en.subject).toBe("Gate review requested: Vandstandssensorer i Gudenåen");
    expect(en.text).toContain("Hello styre");
    // Nothing is sent twice.
    expect(await deliverPending({ now: inMinutes(30) })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
  });

  it("sends each queued mail exactly once when two senders run at the same moment", async () => {
    const before = smtp!.mails.length;
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) {
      const p = await buildStagePilot(db.prisma, w);
      const review = await db.prisma.gateReview.create({
        data: {
          phaseId: p.phaseId,
          evidenceSummary: "x",
          dueDate: new Date("2030-01-01T00:00:00Z"),
          requestedById: w.users.lead.id,
        },
      });
      await db.prisma.$transaction((tx) =>
        notifyReviewRequested(tx, {
          reviewId: review.id,
          phaseId: p.phaseId,
          pilotId: p.id,
          communityId: w.gtm,
          actorId: w.users.lead.id,
        }),
      );
      ids.push(review.id);
    }
    const queued = await db.prisma.notification.count({ where: { reviewId: { in: ids }, mailStatus: "PENDING" } });
    expect(queued).toBe(8); // two of the three steering members want e-mail, four reviews
    const [a, b] = await Promise.all([deliverPending({ now: inMinutes(1) }), deliverPending({ now: inMinutes(1) })]);
    expect(a.sent + b.sent).toBe(queued);
    expect(smtp!.mails.length - before).toBe(queued);
    expect(await db.prisma.notification.count({ where: { reviewId: { in: ids }, mailStatus: "SENT" } })).toBe(queued);
  });

  it("gives up after the last attempt and leaves the in-app notice as it was", async () => {
    closeMailTransport(); // the pooled connection would otherwise keep the server's close waiting
    await smtp!.close();
    smtp = undefined;
    const p = await buildStagePilot(db.prisma, w);
    const review = await db.prisma.gateReview.create({
      data: {
        phaseId: p.phaseId,
        evidenceSummary: "x",
        dueDate: new Date("2030-01-01T00:00:00Z"),
        requestedById: w.users.lead.id,
      },
    });
    await db.prisma.$transaction((tx) =>
      notifyReviewRequested(tx, {
        reviewId: review.id,
        phaseId: p.phaseId,
        pilotId: p.id,
        communityId: w.gtm,
        actorId: w.users.lead.id,
      }),
    );
    await db.prisma.notification.updateMany({
      where: { reviewId: review.id, mailStatus: "PENDING" },
      data: { mailAttempts: MAX_ATTEMPTS - 1 },
    });
    const report = await deliverPending({ now: inMinutes(1) });
    expect(report).toEqual({ sent: 0, failed: 0, gaveUp: 2 });
    const rows = await pendingOf(review.id);
    expect(rows.map((r) => r.mailStatus)).toEqual(["FAILED", "FAILED", "NONE"]);
    expect(rows.every((r) => r.inApp && r.readAt === null)).toBe(true);
  });
});
