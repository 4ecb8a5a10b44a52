// Article 15/20: everything the platform holds about one person, as JSON. What they wrote or did is
// listed with its own fields; what other people did to their account is listed without those other
// people's details (their id only). Secrets are never exported: no password hash, token hash or
// invitation hash — only that they exist.
import "server-only";
import { prisma } from "../db";
import { recordAudit } from "../audit/record";
import { privacySubject, type SubjectRef } from "./subject";
import type { Actor } from "../auth/permissions";
import { allNamed } from "../parallel";
import { expenseEntrySelect } from "../funding/expenses";
import { lessonTextSelect } from "../lessons/selects";

export async function exportPersonalData(actor: Actor | null, ref: SubjectRef) {
  return prisma.$transaction(async (tx) => {
    const { actor: who, target } = await privacySubject(tx, actor, ref);
    const id = target.id;
    const user = await tx.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        isPlatformAdmin: true,
        deactivatedAt: true,
        createdAt: true,
        updatedAt: true,
        passwordHash: true,
        organisation: { select: { id: true, name: true } },
        roles: { select: { role: true, createdAt: true, community: { select: { id: true, name: true } } } },
      },
    });
    const { passwordHash, ...profile } = user;
    const [invitations, apiTokens, auditByUser, auditAboutUser, notifications, notificationPreferences] =
      await Promise.all([
        tx.userInvite.findMany({
          where: { userId: id },
          select: { createdAt: true, expiresAt: true, usedAt: true, createdById: true },
          orderBy: { id: "asc" },
        }),
        tx.apiToken.findMany({
          where: { createdById: id },
          select: {
            name: true,
            prefix: true,
            access: true,
            communityId: true,
            pilotId: true,
            createdAt: true,
            lastUsedAt: true,
            revokedAt: true,
          },
          orderBy: { id: "asc" },
        }),
        // What they did: the event, not other people's data inside it.
        tx.auditEvent.findMany({
          where: { actorId: id },
          select: { at: true, communityId: true, entity: true, entityId: true, action: true },
          orderBy: { id: "asc" },
        }),
        // What was done to their account, with the recorded values (their own data), by whom as an id.
        tx.auditEvent.findMany({
          where: { entity: "User", entityId: String(id) },
          select: { at: true, actorId: true, action: true, before: true, after: true },
          orderBy: { id: "asc" },
        }),
        tx.notification.findMany({
          where: { userId: id },
          select: { kind: true, pilotId: true, createdAt: true, readAt: true, emailedAt: true },
          orderBy: { id: "asc" },
        }),
        tx.notificationPreference.findMany({ where: { userId: id }, select: { kind: true, inApp: true, email: true } }),
      ]);
    const authored = await allNamed({
      ledPilots: tx.pilot.findMany({ where: { projectLeadId: id }, select: { id: true, title: true } }),
      expenses: tx.expense.findMany({ where: { createdById: id }, select: expenseEntrySelect }),
      results: tx.resultEntry.findMany({
        where: { createdById: id },
        select: { id: true, phaseId: true, kind: true, title: true, body: true, links: true, createdAt: true },
      }),
      measurements: tx.kpiMeasurement.findMany({
        where: { createdById: id },
        select: { id: true, kpiId: true, measuredAt: true, value: true, note: true, createdAt: true },
      }),
      gateRequests: tx.gateReview.findMany({
        where: { requestedById: id },
        select: { id: true, phaseId: true, evidenceSummary: true, requestedAt: true },
      }),
      scorecards: tx.gateScorecard.findMany({
        where: { userId: id },
        select: { id: true, reviewId: true, conflictOfInterest: true, submittedAt: true },
      }),
      decisions: tx.gateDecision.findMany({
        where: { decidedById: id },
        select: { id: true, reviewId: true, outcome: true, rationale: true, decidedAt: true },
      }),
      lessons: tx.lesson.findMany({
        where: { authorId: id },
        select: { id: true, pilotId: true, ...lessonTextSelect },
      }),
      poolEntries: tx.poolEntry.findMany({
        where: { createdById: id },
        select: { id: true, kind: true, amount: true, note: true, createdAt: true },
      }),
      conditionsDone: tx.gateCondition.findMany({
        where: { doneById: id },
        select: { id: true, text: true, doneAt: true },
      }),
    });
    // Invitations from communities to their address (issue 15): which community, which roles, the answer.
    const communityInvitations = await tx.communityInvitation.findMany({
      where: { email: user.email.toLowerCase() },
      select: { communityId: true, roles: true, createdAt: true, expiresAt: true, answeredAt: true, accepted: true },
      orderBy: { id: "asc" },
    });
    await recordAudit(tx, {
      actorId: who.id,
      communityId: ref.communityId,
      entity: "User",
      entityId: id,
      action: "privacy-export",
    });
    return {
      format: "innovationsmotor-personal-data",
      exportedAt: new Date().toISOString(),
      user: { ...profile, hasPassword: passwordHash !== null },
      invitations,
      communityInvitations,
      apiTokens,
      notifications,
      notificationPreferences,
      audit: { actionsByUser: auditByUser, changesToAccount: auditAboutUser },
      authored,
    };
  });
}
