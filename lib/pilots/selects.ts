import type { Prisma } from "../generated/prisma/client";
import type { PhaseKind, PilotStatus } from "../generated/prisma/enums";

/** A phase's plan: when it runs and what was asked for and granted, as the lead edits it. */
export const phasePlanSelect = {
  id: true,
  kind: true,
  status: true,
  plannedStart: true,
  plannedEnd: true,
  requestedGrant: true,
  granted: true,
} satisfies Prisma.PhaseSelect;

/** A phase's plan and money, as the pilot page, the expense ledger and the API all show it. */
export const phaseMoneySelect = {
  ...phasePlanSelect,
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

/** A pilot as one line of a list read with SQL: its current phase, community and lead organisation by name. */
export type PilotLine = {
  id: number;
  title: string;
  status: PilotStatus;
  phase: PhaseKind | null;
  community: string;
  lead: string;
};
