// Two sweeps of the front door and the early warning (decision 0026), idempotent like sweepDue
// (lib/notifications/sweep.ts, decision 0011), so every app instance may run them at the same moment:
// - "Mangler evidens": a phase that crosses the tripwire (lib/tripwire/rule.ts) is marked and its
//   crossing counted in one UPDATE; only the instance whose UPDATE marked the row sees it RETURNed
//   (a concurrent UPDATE waits for the row lock, re-reads the row, finds it marked and skips it), and
//   the notices carry the crossing number in their unique key as a second guard. A phase whose
//   evidence arrived is unmarked, so a later crossing (say, after a REVISE raised the grant) notifies
//   again, once.
// - A shelved idea whose day to look again has come: its community's secretariat, once per day set.
import "server-only";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { prisma } from "../db";
import { mailConfigured } from "../mail/transport";
import { missingEvidenceSql } from "../tripwire/rule";
import { DEFAULT_PREFERENCE } from "./kinds";

/** Each recipient's choices, and the INSERT of their notices (the same rules as notify() and sweepDue). */
function insertNotices(now: Date, kind: "EVIDENCE_MISSING" | "IDEA_REVIEW_DUE"): Prisma.Sql {
  const mail = mailConfigured();
  return Prisma.sql`chosen AS (
      SELECT r.*, coalesce(np."inApp", ${DEFAULT_PREFERENCE.inApp}) AS "inApp", ${mail}::boolean AND coalesce(np.email, ${DEFAULT_PREFERENCE.email}) AS email
        FROM recipient r LEFT JOIN "NotificationPreference" np ON np."userId" = r."userId" AND np.kind = ${kind}::"NotificationKind"
    )
    INSERT INTO "Notification" ("userId", kind, "dedupeKey", "pilotId", "phaseId", "ideaId", "inApp", "mailStatus", "mailNextAt")
    SELECT "userId", ${kind}::"NotificationKind", key, "pilotId", "phaseId", "ideaId", "inApp",
           CASE WHEN email THEN 'PENDING' ELSE 'NONE' END::"MailStatus", CASE WHEN email THEN ${now}::timestamp END
      FROM chosen WHERE "inApp" OR email
    ON CONFLICT ("userId", "dedupeKey") DO NOTHING`;
}

/** Returns how many notices were made. */
export async function sweepEvidence(now = new Date(), db: PrismaClient = prisma): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Phase" ph SET "evidenceFlaggedAt" = NULL FROM "Pilot" p
      WHERE p.id = ph."pilotId" AND ph."evidenceFlaggedAt" IS NOT NULL AND NOT ${missingEvidenceSql("ph", "p")}`;
    return tx.$executeRaw`
      WITH crossed AS (
        UPDATE "Phase" ph SET "evidenceFlaggedAt" = ${now}, "evidenceCrossings" = ph."evidenceCrossings" + 1
          FROM "Pilot" p
         WHERE p.id = ph."pilotId" AND ph."evidenceFlaggedAt" IS NULL AND ${missingEvidenceSql("ph", "p")}
        RETURNING ph.id AS "phaseId", ph."pilotId", ph."evidenceCrossings" AS crossing, p."communityId", p."projectLeadId"
      ),
      recipient AS (
        SELECT DISTINCT 'evidence-missing:' || c."phaseId" || ':' || c.crossing AS key, c."pilotId", c."phaseId", NULL::int AS "ideaId", u.id AS "userId"
          FROM crossed c
          JOIN LATERAL (SELECT c."projectLeadId" AS id
                        UNION SELECT ra."userId" FROM "RoleAssignment" ra WHERE ra."communityId" = c."communityId" AND ra.role = 'SECRETARIAT') who ON TRUE
          JOIN "User" u ON u.id = who.id AND u."deactivatedAt" IS NULL
      ),
      ${insertNotices(now, "EVIDENCE_MISSING")}`;
  });
}

export async function sweepShelf(now = new Date(), db: PrismaClient = prisma): Promise<number> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
    .toISOString()
    .slice(0, 10);
  return db.$executeRaw`
    WITH recipient AS (
      SELECT DISTINCT 'idea-review:' || i.id || ':' || to_char(i."reviewOn", 'YYYY-MM-DD') AS key, NULL::int AS "pilotId", NULL::int AS "phaseId", i.id AS "ideaId", u.id AS "userId"
        FROM "Idea" i JOIN "Challenge" ch ON ch.id = i."challengeId"
        JOIN "RoleAssignment" ra ON ra."communityId" = ch."communityId" AND ra.role = 'SECRETARIAT'
        JOIN "User" u ON u.id = ra."userId" AND u."deactivatedAt" IS NULL
       WHERE i.status = 'SHELVED' AND i."reviewOn" <= ${today}::date
    ),
    ${insertNotices(now, "IDEA_REVIEW_DUE")}`;
}
