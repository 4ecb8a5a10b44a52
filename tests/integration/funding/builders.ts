// Pilots in a given state of the engine, for the money tests. Built with the same Prisma client
// the app uses, on a real PostgreSQL.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { SessionUser } from "../../../lib/auth/session";

type PilotSpec = {
  communityId: number;
  lead: SessionUser;
  status?: "DRAFT" | "SUBMITTED" | "ACTIVE";
  testGranted?: number;
  testStatus?: "PLANNED" | "ACTIVE";
  participants?: number[];
};

export async function buildPilot(prisma: PrismaClient, spec: PilotSpec) {
  const status = spec.status ?? "ACTIVE";
  const testStatus = spec.testStatus ?? (status === "ACTIVE" ? "ACTIVE" : "PLANNED");
  return prisma.pilot.create({
    data: {
      communityId: spec.communityId,
      title: "Vandstandssensorer i Gudenåen",
      problem: "Oversvømmelser kommer uden varsel.",
      hypothesis: "Sensorer giver 6 timers varsel.",
      technologies: ["IoT"],
      domains: ["vand", "klima"],
      sdgs: [6, 13],
      leadOrganisationId: spec.lead.organisation.id,
      projectLeadId: spec.lead.id,
      status,
      participants: { create: (spec.participants ?? []).map((organisationId) => ({ organisationId })) },
      phases: {
        create: {
          kind: "TEST",
          status: testStatus,
          plannedStart: new Date("2026-01-01"),
          plannedEnd: new Date("2026-12-31"),
          requestedGrant: spec.testGranted ?? 100_000,
          granted: testStatus === "ACTIVE" ? (spec.testGranted ?? 100_000) : 0,
          successCriteria: "Varsel mindst 6 timer før",
          killCriteria: "Sensorerne falder ud mere end 20 % af tiden",
        },
      },
    },
    select: { id: true, phases: { select: { id: true } } },
  });
}

export async function fundPool(prisma: PrismaClient, communityId: number, year: number, balance: number) {
  const pool = await prisma.pool.upsert({ where: { communityId_year: { communityId, year } }, create: { communityId, year, balance }, update: { balance } });
  await prisma.poolEntry.create({ data: { poolId: pool.id, kind: "CONTRIBUTION", amount: balance } });
  return pool;
}
