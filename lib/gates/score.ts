// A steering member hands in a scorecard: every pinned criterion scored 1–5 with a comment, or a
// declared conflict of interest (an abstention). A scorecard is final once submitted — its author
// then sees the others' scores, and a vote changed after that would no longer be independent.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { scorecardSchema, type ScorecardInput } from "./schemas";
import { checkScores, pinnedCriteria } from "./scoring";
import { lockReview, mayScore, visibleReview } from "./access";

import { parseOrThrow } from "../validation";
import { requireSignedIn } from "../auth/permissions";
import { assertAllowed } from "../pilots/access";
export async function submitScorecard(user: SessionUser | null, input: ScorecardInput) {
  requireSignedIn(user);
  const data = parseOrThrow(scorecardSchema, input);
  const review = await visibleReview(user, data.reviewId);
  const { communityId } = review.phase.pilot;
  if (!mayScore(user, communityId)) throw new AppError("FORBIDDEN", "errors.forbidden");

  return prisma.$transaction(async (tx) => {
    const locked = await lockReview(tx, review.id);
    if (locked.status !== "OPEN") throw new AppError("CONFLICT", "gates.errors.reviewClosed");
    // Scoring is part of deciding: the lifecycle must allow the gate to be decided at all.
    assertAllowed(review.phase.pilot.status, "decideGate", {
      status: review.phase.status,
      refused: { message: "gates.errors.reviewClosed" },
    });
    const mine = await tx.gateScorecard.findUnique({
      where: { reviewId_userId: { reviewId: review.id, userId: user.id } },
      select: { id: true },
    });
    if (mine) throw new AppError("CONFLICT", "gates.errors.alreadyScored");
    const cards = await tx.gateScorecard.findMany({
      where: { reviewId: review.id },
      orderBy: { submittedAt: "asc" },
      select: {
        userId: true,
        conflictOfInterest: true,
        scores: { select: { criterionId: true, score: true, weight: true }, orderBy: { criterionId: "asc" } },
      },
    });
    const active = await tx.gateCriterion.findMany({
      where: { communityId, active: true },
      orderBy: { position: "asc" },
      select: { id: true, weight: true },
    });
    const criteria = pinnedCriteria(cards, active);
    if (!data.conflictOfInterest) {
      const problems = checkScores(criteria, data.scores);
      if (Object.keys(problems).length) {
        const fields = Object.fromEntries(
          Object.entries(problems).map(([k, p]) => [k, `gates.errors.${p}` as MessageKey]),
        );
        throw new AppError("BAD_REQUEST", "errors.checkFields", fields);
      }
    }
    const scores = data.conflictOfInterest
      ? []
      : criteria.map((c) => {
          const s = data.scores.find((x) => x.criterionId === c.id)!;
          return { criterionId: c.id, weight: c.weight, score: s.score, comment: s.comment.trim() };
        });
    const card = await tx.gateScorecard.create({
      data: {
        reviewId: review.id,
        userId: user.id,
        conflictOfInterest: data.conflictOfInterest,
        scores: { create: scores },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "GateScorecard",
      entityId: card.id,
      action: data.conflictOfInterest ? "abstain" : "score",
      after: {
        reviewId: review.id,
        conflictOfInterest: data.conflictOfInterest,
        scores: scores.map(({ criterionId, weight, score }) => ({ criterionId, weight, score })),
      },
    });
    return { scorecardId: card.id };
  });
}
