// The e-mail outbox: notices with mailStatus PENDING, sent after the transaction that made them has
// committed. Any instance may send; a row is claimed by pushing its mailNextAt ahead under
// FOR UPDATE SKIP LOCKED, so two senders never take the same row, and a sender that dies mid-send
// leaves the row to be retried when the lease runs out. A failed send is retried with growing pauses
// and given up (FAILED) after MAX_ATTEMPTS; the in-app notice is unaffected either way.
import "server-only";
import { prisma } from "../db";
import { isLocale } from "../i18n/locales";
import type { PrismaClient } from "../generated/prisma/client";
import { env } from "../env";
import { appBaseUrl, mailTransport, type MailTransport } from "../mail/transport";

import { composeMail } from "./compose-mail";
import { noticeSubjectSelect } from "./queries";
export const MAX_ATTEMPTS = 6;
const BATCH = 20;
const LEASE_MS = 5 * 60_000;

/** Pause before attempt n+1 after n failures: 1, 2, 4, 8, 16 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 60 * 60_000);
}

export type DeliveryReport = { sent: number; failed: number; gaveUp: number };

export async function deliverPending(
  opts: { now?: Date; transport?: MailTransport | null; db?: PrismaClient } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
  const transport = opts.transport === undefined ? mailTransport() : opts.transport;
  if (!transport) return report;
  const db = opts.db ?? prisma;
  const now = opts.now ?? new Date();
  const claimed = await db.$queryRaw<{ id: number; mailAttempts: number }[]>`
    UPDATE "Notification" SET "mailNextAt" = ${new Date(now.getTime() + LEASE_MS)}, "mailAttempts" = "mailAttempts" + 1
    WHERE id IN (
      SELECT id FROM "Notification" WHERE "mailStatus" = 'PENDING' AND "mailNextAt" <= ${now}
      ORDER BY "mailNextAt", id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id, "mailAttempts"`;
  if (claimed.length === 0) return report;
  const notices = await db.notification.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true,
      kind: true,
      mailAttempts: true,
      user: { select: { email: true, name: true, locale: true, deactivatedAt: true } },
      ...noticeSubjectSelect,
    },
  });
  for (const n of notices) {
    if (n.user.deactivatedAt) {
      await db.notification.update({ where: { id: n.id }, data: { mailStatus: "NONE", mailNextAt: null } });
      continue;
    }
    const mail = composeMail(
      n,
      { name: n.user.name, locale: isLocale(n.user.locale) ? n.user.locale : "da" },
      appBaseUrl(),
    );
    try {
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: n.user.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      await db.notification.update({
        where: { id: n.id },
        data: { mailStatus: "SENT", emailedAt: new Date(), mailNextAt: null },
      });
      report.sent++;
    } catch (err) {
      const gaveUp = n.mailAttempts >= MAX_ATTEMPTS;
      await db.notification.update({
        where: { id: n.id },
        data: gaveUp
          ? { mailStatus: "FAILED", mailNextAt: null }
          : { mailNextAt: new Date(now.getTime() + retryDelayMs(n.mailAttempts)) },
      });
      if (gaveUp) report.gaveUp++;
      else report.failed++;
      console.warn(
        `notification e-mail ${n.id} failed (attempt ${n.mailAttempts}${gaveUp ? ", giving up" : ""}): ${(err as Error).message}`,
      );
    }
  }
  return report;
}

/** After a commit that queued mail: send now, in the background. The user's action never waits. */
export function kickOutbox(): void {
  if (!mailTransport()) return;
  void deliverPending().catch((err) => console.warn("notification outbox failed", err));
}
