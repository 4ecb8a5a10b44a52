// Notices that no user action triggers — a phase past its planned end, a condition falling due — are
// found by a sweep. The sweep is idempotent: every notice has a unique (user, event) key and is
// inserted with ON CONFLICT DO NOTHING, so it can run on every app instance, at the same moment,
// as often as it likes, and each user still hears of each event once (docs/decisions/0011).
import "server-only";
import { prisma } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { mailConfigured } from "../mail/transport";
import { DEFAULT_PREFERENCE } from "./kinds";

import { deliverPending } from "./outbox";
import { sweepEvidence, sweepShelf } from "./front-door";
/** A condition is "due" this many days before its date, so there is time to meet it. */
export const CONDITION_NOTICE_DAYS = 7;
/** How often one app instance sweeps at most; triggered lazily by signed-in page loads. */
export const SWEEP_INTERVAL_MS = 5 * 60_000;

const DAY_MS = 86_400_000;
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

// One INSERT … SELECT per sweep, whatever the number of events: the events, their recipients (the
// pilot's lead and the community's secretariat, active users only) and each recipient's choices are
// joined in SQL. Built as rows in JavaScript instead, 10,000 overdue phases (the benchmark's 20,000
// pilots) made a 13 MB createMany that Prisma compiled on the event loop for seconds and that then
// outran the transaction's timeout, every five minutes. Same rules as notify() (lib/notifications/notify.ts):
// nothing for a user who turned the kind off in both channels; mail queued only when SMTP is configured.
export async function sweepDue(now = new Date(), db: PrismaClient = prisma): Promise<number> {
  // Days as 'YYYY-MM-DD' cast to date, so the comparison with the date columns never depends on the session's time zone.
  const today = utcDay(now).toISOString().slice(0, 10);
  const dueBy = new Date(utcDay(now).getTime() + CONDITION_NOTICE_DAYS * DAY_MS).toISOString().slice(0, 10);
  const mail = mailConfigured();
  return db.$executeRaw`
    WITH event AS (
      -- Past its planned end (a date column: the end day itself still counts as on time) and no decision yet.
      -- The lead must close the phase (or has, and waits); the secretariat runs the gate meetings.
      SELECT 'PHASE_OVERDUE'::"NotificationKind" AS kind, 'phase-overdue:' || ph.id || ':' || to_char(ph."plannedEnd", 'YYYY-MM-DD') AS key,
             ph."pilotId", ph.id AS "phaseId", NULL::int AS "reviewId", NULL::int AS "decisionId", NULL::int AS "conditionId",
             p."communityId", p."projectLeadId"
        FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId"
       WHERE ph.status IN ('ACTIVE', 'AWAITING_GATE') AND ph."plannedEnd" < ${today}::date AND p.status = 'ACTIVE'
      UNION ALL
      -- A condition falling due: the lead meets it; the secretariat marks it done (lib/gates/conditions.ts).
      SELECT 'CONDITION_DUE'::"NotificationKind", 'condition-due:' || c.id || ':' || to_char(c."dueDate", 'YYYY-MM-DD'),
             ph."pilotId", r."phaseId", d."reviewId", c."decisionId", c.id, p."communityId", p."projectLeadId"
        FROM "GateCondition" c JOIN "GateDecision" d ON d.id = c."decisionId" JOIN "GateReview" r ON r.id = d."reviewId"
        JOIN "Phase" ph ON ph.id = r."phaseId" JOIN "Pilot" p ON p.id = ph."pilotId"
       WHERE c."doneAt" IS NULL AND c."dueDate" IS NOT NULL AND c."dueDate" <= ${dueBy}::date
    ),
    recipient AS (
      SELECT DISTINCT e.kind, e.key, e."pilotId", e."phaseId", e."reviewId", e."decisionId", e."conditionId", u.id AS "userId"
        FROM event e
        JOIN LATERAL (SELECT e."projectLeadId" AS id
                      UNION SELECT ra."userId" FROM "RoleAssignment" ra WHERE ra."communityId" = e."communityId" AND ra.role = 'SECRETARIAT') who ON TRUE
        JOIN "User" u ON u.id = who.id AND u."deactivatedAt" IS NULL
    ),
    chosen AS (
      SELECT r.*, coalesce(np."inApp", ${DEFAULT_PREFERENCE.inApp}) AS "inApp", ${mail}::boolean AND coalesce(np.email, ${DEFAULT_PREFERENCE.email}) AS email
        FROM recipient r LEFT JOIN "NotificationPreference" np ON np."userId" = r."userId" AND np.kind = r.kind
    )
    INSERT INTO "Notification" ("userId", kind, "dedupeKey", "pilotId", "phaseId", "reviewId", "decisionId", "conditionId", "inApp", "mailStatus", "mailNextAt")
    SELECT "userId", kind, key, "pilotId", "phaseId", "reviewId", "decisionId", "conditionId", "inApp",
           CASE WHEN email THEN 'PENDING' ELSE 'NONE' END::"MailStatus", CASE WHEN email THEN ${now}::timestamp END
      FROM chosen WHERE "inApp" OR email
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
}

const g = globalThis as unknown as { __notificationSweepAt?: number };

/**
 * The lazy trigger: at most once per SWEEP_INTERVAL_MS per instance, called after a signed-in page
 * has been sent. No timer to start or stop, nothing to run when nobody uses the app, and several
 * instances sweeping at once is harmless. Pending e-mail (including retries) goes out on the same beat.
 */
export async function sweepIfDue(now = Date.now()): Promise<void> {
  if (g.__notificationSweepAt && now - g.__notificationSweepAt < SWEEP_INTERVAL_MS) return;
  g.__notificationSweepAt = now;
  try {
    await sweepDue(new Date(now));
    await sweepEvidence(new Date(now));
    await sweepShelf(new Date(now));
    await deliverPending();
  } catch (err) {
    // A failed sweep is retried on the next beat; it must never disturb the page that triggered it.
    console.warn("notification sweep failed", err);
  }
}
