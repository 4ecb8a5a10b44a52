// The catalogue's statements run with PostgreSQL's JIT compiler off. Their estimated cost is high
// (every pilot in view, grouped several ways), so the server JIT-compiles them, and at 20,000 pilots
// the compiling took longer than the query: 140–560 ms of a 220–620 ms facet count (decision 0020).
// SET LOCAL keeps the setting to this one transaction, so no pooled connection is changed for others.
import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";

export async function queryWithoutJit<T>(sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, prisma.$queryRaw<T[]>(sql)]);
  return rows;
}
