// The decision memo (beslutningsnotat): everything PRODUCT.md rule 5 says a decision names — the
// deciders, the criteria scores, the rationale and conditions — with the evidence it rested on and
// the money it moved. Readable by whoever may see the pilot; null (→ 404) otherwise.
import "server-only";
import { prisma } from "../../db";
import { visiblePilotsWhere } from "../../pilots/visibility";
import type { SessionUser } from "../../auth/session";
import { readEvidence } from "../evidence";
import { scoreTable } from "./scores";
import { reviewEvidenceSelect, reviewedPhaseSelect } from "../selects";

export async function getDecisionMemo(user: SessionUser | null, decisionId: number) {
  const d = await prisma.gateDecision.findFirst({
    where: { id: decisionId, review: { phase: { pilot: visiblePilotsWhere(user) } } },
    select: {
      id: true,
      outcome: true,
      rationale: true,
      releasedAmount: true,
      returnedAmount: true,
      newDeadline: true,
      procurementRecommendation: true,
      weightedScore: true,
      decidedAt: true,
      decidedBy: { select: { name: true, organisation: { select: { name: true } } } },
      conditions: { orderBy: { id: "asc" }, select: { id: true, text: true, dueDate: true, doneAt: true } },
      adopters: { select: { organisation: { select: { id: true, name: true } } } },
      review: {
        select: {
          id: true,
          ...reviewEvidenceSelect,
          requestedAt: true,
          dueDate: true,
          phase: {
            select: {
              ...reviewedPhaseSelect,
              plannedStart: true,
              plannedEnd: true,
              pilot: {
                select: {
                  id: true,
                  title: true,
                  communityId: true,
                  leadOrganisation: { select: { name: true } },
                  community: { select: { name: true, slug: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!d) return null;
  const { review } = d;
  const table = await scoreTable(review.id, review.phase.pilot.communityId);
  return {
    ...d,
    evidence: readEvidence(review.criteriaEvidence),
    adopters: d.adopters.map((a) => a.organisation).sort((a, b) => a.name.localeCompare(b.name, "da")),
    table,
  };
}

export type DecisionMemo = NonNullable<Awaited<ReturnType<typeof getDecisionMemo>>>;
