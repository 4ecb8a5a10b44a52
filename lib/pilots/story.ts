// One pilot as its page tells it: the problem, the phase track with every gate, the money per phase
// and who takes part. A pilot the user may not see is `null`, which the page turns into a 404.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "./visibility";
import { currentPhase, inTrackOrder, phaseMoney } from "./phase-track";
import { phaseMoneySelect, pilotTextSelect } from "./selects";

const organisationSelect = {
  id: true,
  name: true,
  kind: true,
  municipalityCode: true,
} satisfies Prisma.OrganisationSelect;

const gateReviewSelect = {
  id: true,
  status: true,
  requestedAt: true,
  dueDate: true,
  decision: {
    select: {
      id: true,
      outcome: true,
      rationale: true,
      decidedAt: true,
      releasedAmount: true,
      returnedAmount: true,
      newDeadline: true,
      conditions: { select: { id: true, text: true, dueDate: true, doneAt: true }, orderBy: { id: "asc" } },
    },
  },
} satisfies Prisma.GateReviewSelect;

export const pilotStorySelect = {
  id: true,
  ...pilotTextSelect,
  status: true,
  visibility: true,
  communityId: true,
  projectLeadId: true,
  community: { select: { slug: true, name: true } },
  leadOrganisation: { select: organisationSelect },
  projectLead: { select: { name: true } },
  participants: { select: { organisation: { select: organisationSelect } } },
  phases: {
    select: {
      ...phaseMoneySelect,
      startedAt: true,
      pledges: {
        select: { amount: true, organisation: { select: organisationSelect } },
        orderBy: { organisation: { name: "asc" } },
      },
      gateReviews: { select: gateReviewSelect, orderBy: { requestedAt: "asc" } },
    },
  },
} satisfies Prisma.PilotSelect;

export type PilotStory = NonNullable<Awaited<ReturnType<typeof getPilotStory>>>;
export type StoryPhase = PilotStory["phases"][number];

export async function getPilotStory(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: pilotStorySelect,
  });
  if (!pilot) return null;
  const phases = inTrackOrder(pilot.phases).map((p) => ({ ...p, money: phaseMoney(p) }));
  // The lead organisation first, then the others alphabetically, the way a reader scans a team.
  const participants = pilot.participants
    .map((p) => p.organisation)
    .sort(
      (a, b) =>
        Number(b.id === pilot.leadOrganisation.id) - Number(a.id === pilot.leadOrganisation.id) ||
        a.name.localeCompare(b.name, "da"),
    );
  return { ...pilot, phases, participants, current: currentPhase(phases) };
}

/** Every organisation that pledged in any phase, with its amount per phase: the pledge table's rows. */
export function pledgeRows(phases: StoryPhase[]) {
  const rows = new Map<
    number,
    { organisation: StoryPhase["pledges"][number]["organisation"]; byPhase: Record<number, number>; total: number }
  >();
  for (const phase of phases) {
    for (const p of phase.pledges) {
      const row = rows.get(p.organisation.id) ?? { organisation: p.organisation, byPhase: {}, total: 0 };
      row.byPhase[phase.id] = p.amount;
      row.total += p.amount;
      rows.set(p.organisation.id, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "da"));
}
