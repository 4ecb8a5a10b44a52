// An open review as one viewer may see it: the lead's evidence, who has handed in a scorecard, the
// quorum, and — only for a steering member who has scored — the others' scores (scoring.ts).
import "server-only";
import { prisma } from "../../db";
import { hasRole } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session";
import { readEvidence } from "../evidence";
import { maySeeScores, quorum } from "../scoring";
import { mayDecide, mayScore } from "../access";
import { scoreTable } from "./scores";
import { reviewEvidenceSelect, reviewedPhaseSelect } from "../selects";
import { kpiScaleSelect } from "../../kpis/selects";

import { budgetYear } from "../../dates";
export async function openReviewDetail(user: SessionUser | null, reviewId: number, communityId: number) {
  const review = await prisma.gateReview.findUniqueOrThrow({
    where: { id: reviewId },
    select: {
      ...reviewEvidenceSelect,
      phase: {
        select: {
          ...reviewedPhaseSelect,
          kpiTargets: {
            select: {
              target: true,
              kpi: {
                select: {
                  id: true,
                  ...kpiScaleSelect,
                  measurements: { orderBy: { measuredAt: "desc" }, take: 1, select: { value: true, measuredAt: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const [table, members, community] = await Promise.all([
    scoreTable(reviewId, communityId),
    prisma.roleAssignment.findMany({
      where: { communityId, role: "STEERING", user: { deactivatedAt: null } },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true, organisation: { select: { name: true } } } } },
    }),
    prisma.community.findUniqueOrThrow({ where: { id: communityId }, select: { quorumPercent: true } }),
  ]);
  const mine = user ? table.cards.find((c) => c.userId === user.id) : undefined;
  const seeScores = maySeeScores({
    decided: false,
    isSteering: !!user && hasRole(user, communityId, "STEERING"),
    submitted: !!mine,
    conflicted: !!mine?.conflictOfInterest,
  });
  const q = quorum(members.length, community.quorumPercent, table.cards);
  const deciding = mayDecide(user, communityId);
  const pool = deciding
    ? await prisma.pool.findUnique({
        where: { communityId_year: { communityId, year: budgetYear() } },
        select: { year: true, balance: true },
      })
    : null;
  const adoptable = deciding
    ? await prisma.communityMember.findMany({
        where: { communityId, status: "ACTIVE", organisation: { kind: { not: "SEKRETARIAT" } } },
        orderBy: { organisation: { name: "asc" } },
        select: { organisation: { select: { id: true, name: true } } },
      })
    : [];
  return {
    evidenceSummary: review.evidenceSummary,
    evidence: readEvidence(review.criteriaEvidence),
    nextPhasePlan: review.nextPhasePlan,
    requestedGrant: review.requestedGrant,
    requestedBy: review.requestedBy.name,
    money: { granted: review.phase.granted, spent: review.phase.spent },
    kpis: review.phase.kpiTargets.map((t) => ({ ...t.kpi, target: t.target, latest: t.kpi.measurements[0] ?? null })),
    members: members.map((m) => {
      const card = table.cards.find((c) => c.userId === m.user.id);
      return {
        id: m.user.id,
        name: m.user.name,
        organisation: m.user.organisation.name,
        state: card ? (card.conflictOfInterest ? "conflict" : "scored") : "waiting",
      } as const;
    }),
    quorum: q,
    criteria: table.criteria.map(({ id, nameDa, nameEn, weight, considersRisks }) => ({
      id,
      nameDa,
      nameEn,
      weight,
      considersRisks,
    })),
    // Withheld entirely, not just hidden in the page, when this viewer may not see them yet.
    scores: seeScores ? table : null,
    viewer: {
      canScore: mayScore(user, communityId) && !mine,
      submitted: !!mine,
      conflicted: !!mine?.conflictOfInterest,
    },
    pool,
    adoptable: adoptable.map((a) => a.organisation),
  };
}
