// What /piloter/[id]/gate shows: the pilot's phases, the open review if any (with what this viewer
// may see of it), earlier decisions and the lessons still owed. Starts from the visibility
// where-clause: a pilot the user may not see is null, and the page answers 404.
import "server-only";
import { prisma } from "../../db";
import { can } from "../../auth/permissions";
import { visiblePilotsWhere } from "../../pilots/visibility";
import type { SessionUser } from "../../auth/session";
import type { PhaseStatus, PilotStatus } from "../../generated/prisma/enums";
import { allowedOutcomes, NEXT_KIND } from "../state";
import { mayDecide } from "../access";
import { owedDecisions } from "../owed";
import { openReviewDetail } from "./review";
import { isRunning } from "../../lifecycle";
import { pilotOffers } from "../../pilots/offers";
import { phaseMoneySelect, pilotHeadSelect } from "../../pilots/selects";

const phaseSelect = { ...phaseMoneySelect, successCriteria: true, killCriteria: true } as const;

export async function getGatePage(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      ...pilotHeadSelect,
      leadOrganisationId: true,
      community: { select: { slug: true, name: true } },
      participants: { select: { organisationId: true } },
      phases: { select: phaseSelect, orderBy: { kind: "asc" } },
    },
  });
  if (!pilot) return null;
  const current = pilot.phases.find((p) => isRunning(p.status)) ?? null;
  const next =
    current && NEXT_KIND[current.kind] ? (pilot.phases.find((p) => p.kind === NEXT_KIND[current.kind]) ?? null) : null;
  const scope = { communityId: pilot.communityId, pilot };

  const reviews = await prisma.gateReview.findMany({
    where: { phase: { pilotId } },
    orderBy: { requestedAt: "desc" },
    select: {
      id: true,
      status: true,
      dueDate: true,
      requestedAt: true,
      phaseId: true,
      phase: { select: { kind: true, pilotId: true } },
      decision: {
        select: {
          id: true,
          outcome: true,
          decidedAt: true,
          weightedScore: true,
          releasedAmount: true,
          returnedAmount: true,
          decidedBy: { select: { name: true } },
        },
      },
    },
  });
  const open = reviews.find((r) => r.status === "OPEN") ?? null;
  const detail = open ? await openReviewDetail(user, open.id, pilot.communityId) : null;
  const state = current
    ? {
        pilot: pilot.status as PilotStatus,
        phase: current.status as PhaseStatus,
        kind: current.kind,
        next: (next?.status ?? null) as PhaseStatus | null,
      }
    : null;

  // The lessons the lead still owes: one per decided gate (the stop report for a STOP).
  const canWriteLessons = can(user, "pilot.writeLessons", scope);
  const lessons = canWriteLessons
    ? await prisma.lesson.findMany({ where: { pilotId }, select: { phaseId: true, kind: true, createdAt: true } })
    : [];
  const decisions = reviews.flatMap((r) => (r.decision ? [{ ...r.decision, review: r }] : []));
  const owed = canWriteLessons
    ? owedDecisions(decisions, lessons).map((d) => ({
        decisionId: d.id,
        outcome: d.outcome,
        phaseKind: d.review.phase.kind,
        decidedAt: d.decidedAt,
      }))
    : [];

  return {
    pilot,
    current,
    next,
    open: open && detail ? { ...open, ...detail } : null,
    decided: reviews.filter((r) => r.decision).map((r) => ({ ...r, decision: r.decision! })),
    outcomes: state && open ? allowedOutcomes(state) : [],
    canRequest: !!current && pilotOffers(user, pilot).phase("requestGate", current),
    canDecide: !!open && mayDecide(user, pilot.communityId),
    isSecretariat: can(user, "community.manage", { communityId: pilot.communityId }),
    // A scorer from the lead or a participating organisation is reminded that they may abstain.
    ownOrganisation: !user
      ? null
      : user.organisation.id === pilot.leadOrganisationId
        ? ("lead" as const)
        : pilot.participants.some((x) => x.organisationId === user.organisation.id)
          ? ("participant" as const)
          : null,
    owed,
  };
}

export type GatePage = NonNullable<Awaited<ReturnType<typeof getGatePage>>>;
