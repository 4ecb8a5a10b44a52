// What a notice is about and where it leads: pure, shared by the bell, the list, the e-mail and the tests.
import type { NotificationKind } from "../generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "REVIEW_REQUESTED",
  "DECISION_MADE",
  "PHASE_OVERDUE",
  "CONDITION_DUE",
  "SPREAD_COMMITTED",
  "EVIDENCE_MISSING",
  "IDEA_REVIEW_DUE",
] as const satisfies readonly NotificationKind[];
export type { NotificationKind };

export type NoticeRefs = {
  pilotId: number | null;
  reviewId?: number | null;
  decisionId?: number | null;
  ideaId?: number | null;
  idea?: { challengeId: number } | null;
};

/**
 * The page where the reader acts on the notice: the gate page for a review to score or a phase to
 * close, the decision memo for a decision and its conditions.
 */
export function noticePath(kind: NotificationKind, refs: NoticeRefs): string {
  if ((kind === "DECISION_MADE" || kind === "CONDITION_DUE") && refs.decisionId)
    return `/beslutninger/${refs.decisionId}`;
  // Spreading lives in the pilot page's own section ("Spredning og drift"), not on a page of its own.
  if (kind === "SPREAD_COMMITTED") return `/piloter/${refs.pilotId}#spread-heading`;
  // "Mangler evidens" asks for a result or a measurement; a shelved idea is looked at again on its challenge.
  if (kind === "EVIDENCE_MISSING") return `/piloter/${refs.pilotId}/resultater`;
  if (kind === "IDEA_REVIEW_DUE" && refs.idea) return `/udfordringer/${refs.idea.challengeId}#ide-${refs.ideaId}`;
  return `/piloter/${refs.pilotId}/gate`;
}

/**
 * The event a notice stands for, unique per recipient. An overdue phase and a due condition carry
 * their date, so a REVISE that moves the deadline yields a new notice once the new date passes too.
 */
export const dedupeKey = {
  review: (reviewId: number) => `review:${reviewId}`,
  decision: (decisionId: number) => `decision:${decisionId}`,
  phaseOverdue: (phaseId: number, plannedEnd: Date) =>
    `phase-overdue:${phaseId}:${plannedEnd.toISOString().slice(0, 10)}`,
  conditionDue: (conditionId: number, dueDate: Date) =>
    `condition-due:${conditionId}:${dueDate.toISOString().slice(0, 10)}`,
  spreadCommitted: (offerId: number, organisationId: number) => `spread-committed:${offerId}:${organisationId}`,
  /** One notice per crossing of the tripwire: the phase's crossing count names the event. */
  evidenceMissing: (phaseId: number, crossing: number) => `evidence-missing:${phaseId}:${crossing}`,
  ideaReviewDue: (ideaId: number, reviewOn: Date) => `idea-review:${ideaId}:${reviewOn.toISOString().slice(0, 10)}`,
};

export type Preference = { inApp: boolean; email: boolean };
export const DEFAULT_PREFERENCE: Preference = { inApp: true, email: true };

/** A user's choices for every kind, the defaults filled in where they saved nothing. */
export function withDefaults(
  rows: { kind: NotificationKind; inApp: boolean; email: boolean }[],
): Record<NotificationKind, Preference> {
  const prefs = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { ...DEFAULT_PREFERENCE }])) as Record<
    NotificationKind,
    Preference
  >;
  for (const r of rows) prefs[r.kind] = { inApp: r.inApp, email: r.email };
  return prefs;
}
