// A review's scorecards as a table: the criteria it is scored on (pinned by the first scorecard,
// else the community's active ones), each member's card, the mean per criterion and the weighted
// score. Shared by the gate page and the decision memo so both show the same numbers.
import "server-only";
import { prisma } from "../../db";
import { meanByCriterion, pinnedCriteria, weightedScore } from "../scoring";

export async function scoreTable(reviewId: number, communityId: number) {
  const cards = await prisma.gateScorecard.findMany({
    where: { reviewId },
    orderBy: { submittedAt: "asc" },
    select: {
      userId: true,
      conflictOfInterest: true,
      submittedAt: true,
      user: { select: { name: true, organisation: { select: { name: true } } } },
      scores: {
        select: { criterionId: true, score: true, weight: true, comment: true },
        orderBy: { criterionId: "asc" },
      },
    },
  });
  const active = await prisma.gateCriterion.findMany({
    where: { communityId, active: true },
    orderBy: { position: "asc" },
    select: { id: true, weight: true },
  });
  const pinned = pinnedCriteria(cards, active);
  const named = await prisma.gateCriterion.findMany({
    where: { id: { in: pinned.map((c) => c.id) } },
    select: { id: true, nameDa: true, nameEn: true, position: true, considersRisks: true },
  });
  const means = meanByCriterion(cards);
  const criteria = pinned
    .map((c) => ({ ...c, ...named.find((n) => n.id === c.id)!, mean: means.get(c.id) ?? null }))
    .sort((a, b) => a.position - b.position);
  return {
    criteria,
    cards: cards.map((c) => ({
      userId: c.userId,
      name: c.user.name,
      organisation: c.user.organisation.name,
      conflictOfInterest: c.conflictOfInterest,
      submittedAt: c.submittedAt,
      scores: Object.fromEntries(
        c.scores.map((s) => [s.criterionId, { score: s.score, comment: s.comment }]),
      ) as Record<number, { score: number; comment: string }>,
    })),
    weighted: weightedScore(cards),
  };
}

export type ScoreTable = Awaited<ReturnType<typeof scoreTable>>;
