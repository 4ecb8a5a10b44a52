// Pilots in any state, written straight to the database: the one place tests make a pilot row, its
// participants and its phases. Use it for states the tests set up around (a phase half spent, a pilot
// already stopped); use stages.ts when the way there is itself under test.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { PhaseKind, PhaseStatus, PilotStatus, Visibility } from "../../../lib/generated/prisma/enums";
import type { SessionUser } from "../../../lib/auth/session";

export type PhaseSpec = {
  kind: PhaseKind;
  status?: PhaseStatus;
  plannedStart?: string;
  plannedEnd?: string;
  requestedGrant?: number;
  granted?: number;
  spent?: number;
  startedAt?: string | null;
  successCriteria?: string;
  killCriteria?: string;
};

export type PilotSpec = {
  communityId: number;
  lead: SessionUser;
  status?: PilotStatus;
  visibility?: Visibility;
  title?: string;
  problem?: string;
  hypothesis?: string;
  technologies?: string[];
  domains?: string[];
  sdgs?: number[];
  /** Organisation ids besides the lead's own; the lead organisation takes part only when listed. */
  participants?: number[];
  phases?: PhaseSpec[];
};

const DAY = (s: string) => new Date(`${s}T00:00:00Z`);

export async function insertPilot(prisma: PrismaClient, spec: PilotSpec) {
  const phases = spec.phases ?? [{ kind: "TEST" as const }];
  const pilot = await prisma.pilot.create({
    data: {
      communityId: spec.communityId,
      title: spec.title ?? "Vandstandssensorer i Gudenåen",
      problem: spec.problem ?? "Oversvømmelser kommer uden varsel.",
      hypothesis: spec.hypothesis ?? "Sensorer giver 6 timers varsel.",
      technologies: spec.technologies ?? ["IoT"],
      domains: spec.domains ?? ["vand"],
      sdgs: spec.sdgs ?? [6],
      leadOrganisationId: spec.lead.organisation.id,
      projectLeadId: spec.lead.id,
      status: spec.status ?? "ACTIVE",
      visibility: spec.visibility ?? "MEMBERS",
      participants: { create: (spec.participants ?? []).map((organisationId) => ({ organisationId })) },
      phases: {
        create: phases.map((p) => ({
          kind: p.kind,
          status: p.status ?? "PLANNED",
          plannedStart: DAY(p.plannedStart ?? "2026-01-01"),
          plannedEnd: DAY(p.plannedEnd ?? "2026-12-31"),
          requestedGrant: p.requestedGrant ?? 100_000,
          granted: p.granted ?? 0,
          spent: p.spent ?? 0,
          startedAt: p.startedAt ? DAY(p.startedAt) : null,
          successCriteria: p.successCriteria ?? "Varsel mindst 6 timer før",
          killCriteria: p.killCriteria ?? "Sensorerne falder ud mere end 20 % af tiden",
        })),
      },
    },
    select: {
      id: true,
      version: true,
      phases: { select: { id: true, kind: true, version: true }, orderBy: { id: "asc" } },
    },
  });
  const phase = (k: PhaseKind) => pilot.phases.find((p) => p.kind === k)!.id;
  return { ...pilot, phase };
}
