// Row locks that serialise money changes across every app instance on one PostgreSQL server.
// (On the embedded database there is one connection, so transactions are serial anyway.)
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { PhaseStatus, PilotStatus } from "../generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export async function lockPhase(tx: Tx, phaseId: number) {
  const rows = await tx.$queryRaw<
    { id: number; granted: number; spent: number; status: PhaseStatus; cofundingTotal: number }[]
  >`
    SELECT id, granted, spent, status::text AS status, "cofundingTotal" FROM "Phase" WHERE id = ${phaseId} FOR UPDATE`;
  return rows[0];
}

export async function lockPilot(tx: Tx, pilotId: number) {
  const rows = await tx.$queryRaw<{ id: number; status: PilotStatus; version: number; communityId: number }[]>`
    SELECT id, status::text AS status, version, "communityId" FROM "Pilot" WHERE id = ${pilotId} FOR UPDATE`;
  return rows[0];
}

/** The community's pool for a year, created empty if missing, locked for the rest of the transaction. */
export async function lockPool(tx: Tx, communityId: number, year: number) {
  await tx.$executeRaw`INSERT INTO "Pool" ("communityId", year, balance) VALUES (${communityId}, ${year}, 0) ON CONFLICT ("communityId", year) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; balance: number }[]>`
    SELECT id, balance FROM "Pool" WHERE "communityId" = ${communityId} AND year = ${year} FOR UPDATE`;
  return rows[0];
}

/** Money transactions queue for a locked row under load: wait for it rather than fail early. */
export const MONEY_TX = { maxWait: 20_000, timeout: 20_000 } as const;
