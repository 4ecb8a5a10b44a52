// Making notices. Always inside the caller's transaction: a gate request or decision that rolls back
// takes its notices with it, and one that commits has them — no event without its notices, no
// notice without its event. E-mail is only queued here (mailStatus PENDING); lib/mail/outbox.ts sends
// it after the commit, so a slow or absent mail server never holds up or fails the user's action.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import { mailConfigured } from "../mail/transport";
import { DEFAULT_PREFERENCE, dedupeKey } from "./kinds";

type Tx = Prisma.TransactionClient;

export type NoticeEvent = {
  kind: NotificationKind;
  dedupeKey: string;
  pilotId: number;
  phaseId?: number | null;
  reviewId?: number | null;
  decisionId?: number | null;
  conditionId?: number | null;
};

/**
 * One notice per recipient and event, shaped by each recipient's choices: nothing for a user who
 * turned the kind off in both channels. An event already notified is skipped by the unique key
 * (ON CONFLICT DO NOTHING), which is what makes every caller — the sweep above all — idempotent.
 * Returns how many notices were made.
 */
export async function notify(tx: Tx, batch: { event: NoticeEvent; to: number[] }[]): Promise<number> {
  const userIds = [...new Set(batch.flatMap((b) => b.to))];
  if (userIds.length === 0) return 0;
  const kinds = [...new Set(batch.map((b) => b.event.kind))];
  const saved = await tx.notificationPreference.findMany({ where: { userId: { in: userIds }, kind: { in: kinds } } });
  const pref = (userId: number, kind: NotificationKind) =>
    saved.find((p) => p.userId === userId && p.kind === kind) ?? DEFAULT_PREFERENCE;
  const mail = mailConfigured();
  const now = new Date();
  const data: Prisma.NotificationCreateManyInput[] = [];
  for (const { event, to } of batch) {
    for (const userId of new Set(to)) {
      const p = pref(userId, event.kind);
      const email = mail && p.email;
      if (!p.inApp && !email) continue;
      data.push({
        ...event,
        userId,
        inApp: p.inApp,
        mailStatus: email ? "PENDING" : "NONE",
        mailNextAt: email ? now : null,
      });
    }
  }
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data, skipDuplicates: true });
  return count;
}

/** Active users holding `role` in the community. */
async function holders(tx: Tx, communityId: number, role: "STEERING" | "SECRETARIAT"): Promise<number[]> {
  const rows = await tx.roleAssignment.findMany({
    where: { communityId, role, user: { deactivatedAt: null } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/**
 * A review was requested: every steering member of the pilot's community, who score and decide the
 * gate (lib/gates/access.ts). Platform administrators may decide too but are not in the steering
 * group and are not called on. The requester is not told about their own request.
 */
export async function notifyReviewRequested(
  tx: Tx,
  r: { reviewId: number; phaseId: number; pilotId: number; communityId: number; actorId: number },
) {
  const to = (await holders(tx, r.communityId, "STEERING")).filter((id) => id !== r.actorId);
  return notify(tx, [
    {
      event: {
        kind: "REVIEW_REQUESTED",
        dedupeKey: dedupeKey.review(r.reviewId),
        pilotId: r.pilotId,
        phaseId: r.phaseId,
        reviewId: r.reviewId,
      },
      to,
    },
  ]);
}

/**
 * A decision was made: the pilot's project lead, whoever requested the review, and the community's
 * secretariat, which follows up on conditions and money. Not the decider.
 */
export async function notifyDecisionMade(
  tx: Tx,
  d: {
    decisionId: number;
    reviewId: number;
    phaseId: number;
    pilotId: number;
    communityId: number;
    projectLeadId: number;
    actorId: number;
  },
) {
  const review = await tx.gateReview.findUniqueOrThrow({ where: { id: d.reviewId }, select: { requestedById: true } });
  const active = await tx.user.findMany({
    where: { id: { in: [d.projectLeadId, review.requestedById] }, deactivatedAt: null },
    select: { id: true },
  });
  const to = [...active.map((u) => u.id), ...(await holders(tx, d.communityId, "SECRETARIAT"))].filter(
    (id) => id !== d.actorId,
  );
  const event = {
    kind: "DECISION_MADE" as const,
    dedupeKey: dedupeKey.decision(d.decisionId),
    pilotId: d.pilotId,
    phaseId: d.phaseId,
    reviewId: d.reviewId,
    decisionId: d.decisionId,
  };
  return notify(tx, [{ event, to }]);
}

export { holders as roleHolders };
