import type { Prisma } from "../generated/prisma/client";

/** What the lead handed in with a gate request: the review page and the decision memo both show it. */
export const reviewEvidenceSelect = {
  evidenceSummary: true,
  criteriaEvidence: true,
  nextPhasePlan: true,
  requestedGrant: true,
  requestedBy: { select: { name: true } },
} satisfies Prisma.GateReviewSelect;

/** The phase a review asks about and the money it has had so far. */
export const reviewedPhaseSelect = { id: true, kind: true, granted: true, spent: true } satisfies Prisma.PhaseSelect;

/** A condition of a decision as a to-do: what is to be done and by when. */
export const conditionDueSelect = { id: true, text: true, dueDate: true } satisfies Prisma.GateConditionSelect;
