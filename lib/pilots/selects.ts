import type { Prisma } from "../generated/prisma/client";

/** A phase's plan and money, as the pilot page, the expense ledger and the API all show it. */
export const phaseMoneySelect = {
  id: true,
  kind: true,
  status: true,
  plannedStart: true,
  plannedEnd: true,
  requestedGrant: true,
  granted: true,
  spent: true,
  cofundingTotal: true,
} satisfies Prisma.PhaseSelect;

/** What a pilot says about itself: the texts and tags every view of a pilot starts from. */
export const pilotTextSelect = {
  title: true,
  problem: true,
  hypothesis: true,
  technologies: true,
  domains: true,
  sdgs: true,
} satisfies Prisma.PilotSelect;

/** What the access rules (lib/pilots/access.ts) and a pilot sub-page's heading need of the pilot. */
export const pilotHeadSelect = {
  id: true,
  title: true,
  status: true,
  communityId: true,
  projectLeadId: true,
} satisfies Prisma.PilotSelect;
