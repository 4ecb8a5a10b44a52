// The catalogue's statements run with PostgreSQL's JIT compiler off. Their estimated cost is high
// (every pilot in view, grouped several ways), so the server JIT-compiles them, and at 20,000 pilots
// the compiling took longer than the query: 140–560 ms of a 220–620 ms facet count (decision 0020).
// SET LOCAL keeps the setting to this one transaction, so no pooled connection is changed for others.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";

// Prisma gives a transaction 2 s to get a connection and 5 s to finish; a plain statement waits for
// the pool as long as the pool allows (lib/db/connect.ts, 5 s) and has no time limit. The same here,
// so that a slow catalogue under load is slow, not a 500 (seen at 16 connections on a busy machine).
const LIKE_A_PLAIN_STATEMENT = { maxWait: 5_000, timeout: 10 * 60_000 };

export async function queryWithoutJit<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, prisma.$queryRaw<T[]>(sql)], LIKE_A_PLAIN_STATEMENT);
  return rows;
}
