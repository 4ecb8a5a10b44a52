// Pilots in a given state of the engine, for the money tests: a pilot with its test phase, written
// through the shared builder (tests/support/builders), and a funded pool.
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import type { SessionUser } from "../../../lib/auth/session";
import { insertPilot } from "../../support/builders/pilots";

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
  const grant = spec.testGranted ?? 100_000;
  return insertPilot(prisma, {
    communityId: spec.communityId,
    lead: spec.lead,
    status,
    domains: ["vand", "klima"],
    sdgs: [6, 13],
    participants: spec.participants,
    phases: [{ kind: "TEST", status: testStatus, requestedGrant: grant, granted: testStatus === "ACTIVE" ? grant : 0 }],
  });
}

export async function fundPool(prisma: PrismaClient, communityId: number, year: number, balance: number) {
  const pool = await prisma.pool.upsert({
    where: { communityId_year: { communityId, year } },
    create: { communityId, year, balance },
    update: { balance },
  });
  await prisma.poolEntry.create({ data: { poolId: pool.id, kind: "CONTRIBUTION", amount: balance } });
  return pool;
}
