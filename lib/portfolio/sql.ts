// Raw aggregates come back with PostgreSQL's types: sums and counts as bigint (BigInt in JS),
// numeric as strings. Money sums stay far below 2^53 kroner, so plain numbers are exact.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

export function int(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === "bigint" ? Number(v) : Number(v);
  if (!Number.isFinite(n)) throw new Error(`not a number from SQL: ${String(v)}`);
  return n;
}

export function intOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : int(v);
}

/** A float rounded to `digits` decimals (scores, shares), or null. */
export function dec(v: unknown, digits = 2): number | null {
  if (v === null || v === undefined) return null;
  const f = 10 ** digits;
  return Math.round(Number(v) * f) / f;
}

export function day(v: Date | string): string {
  return typeof v === "string" ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}

export function rows<T>(query: Prisma.Sql): Promise<T[]> {
  return prisma.$queryRaw<T[]>(query);
}
