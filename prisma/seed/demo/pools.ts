// The yearly innovation pools: member contributions by population tier (OS2-style), then every grant
// and return the pilots caused, in date order. Balance is the sum of the entries and never dips below 0.
import type { Prisma } from "../../../lib/generated/prisma/client";
import type { WrittenMove } from "./write-pilot";
import { day } from "./util";

export const POOL_YEARS = [2024, 2025, 2026] as const;

/** Yearly contribution in whole kroner: municipalities by population tier, flat fees for the others. */
export function contributionFor(org: {
  kind: string;
  population: number | null;
}): { amount: number; tier: string } | null {
  if (org.kind === "REGION") return { amount: 600_000, tier: "regionsbidrag" };
  if (org.kind === "UNIVERSITET") return { amount: 100_000, tier: "universitetsbidrag" };
  if (org.kind !== "KOMMUNE") return null;
  const pop = org.population;
  if (pop == null) return { amount: 200_000, tier: "trin 25.000–60.000 indbyggere (skønnet)" };
  if (pop < 25_000) return { amount: 100_000, tier: "trin under 25.000 indbyggere" };
  if (pop < 60_000) return { amount: 200_000, tier: "trin 25.000–60.000 indbyggere" };
  if (pop < 120_000) return { amount: 300_000, tier: "trin 60.000–120.000 indbyggere" };
  return { amount: 500_000, tier: "trin over 120.000 indbyggere" };
}

export async function writePools(
  tx: Prisma.TransactionClient,
  communityId: number,
  communityLabel: string,
  secretariatUserId: number,
  moves: WrittenMove[],
): Promise<void> {
  const members = await tx.communityMember.findMany({
    where: { communityId, status: "ACTIVE" },
    select: { organisation: { select: { id: true, kind: true, population: true } } },
    orderBy: { organisationId: "asc" },
  });
  for (const year of POOL_YEARS) {
    type Entry = Prisma.PoolEntryCreateManyInput & { createdAt: Date };
    const entries: Omit<Entry, "poolId">[] = [];
    for (const { organisation: o } of members) {
      const c = contributionFor(o);
      if (!c) continue;
      entries.push({
        kind: "CONTRIBUTION",
        amount: c.amount,
        organisationId: o.id,
        note: `Årligt bidrag ${year} (${c.tier})`,
        createdById: secretariatUserId,
        createdAt: day(`${year}-01-02`, 9),
      });
    }
    const yearMoves = moves
      .filter((m) => m.on.startsWith(`${year}-`))
      .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const m of yearMoves) {
      entries.push({
        kind: m.kind,
        amount: m.amount,
        phaseId: m.phaseId,
        note: m.note,
        createdById: m.createdById,
        createdAt: day(m.on, m.kind === "GRANT" ? 14 : 15),
      });
    }
    // Reference data may already have opened the pool: continue its ledger instead of starting a new one.
    const existing = await tx.pool.findUnique({
      where: { communityId_year: { communityId, year } },
      select: { id: true, balance: true },
    });
    let balance = existing?.balance ?? 0;
    for (const e of entries) {
      balance += e.amount;
      if (balance < 0)
        throw new Error(
          `demo seed: pool ${communityLabel} ${year} would go negative (${balance}) on ${e.createdAt.toISOString().slice(0, 10)}`,
        );
    }
    const pool = existing
      ? await tx.pool.update({ where: { id: existing.id }, data: { balance }, select: { id: true } })
      : await tx.pool.create({ data: { communityId, year, balance }, select: { id: true } });
    await tx.poolEntry.createMany({ data: entries.map((e) => ({ ...e, poolId: pool.id })) });
  }
  const outside = moves.filter((m) => !POOL_YEARS.some((y) => m.on.startsWith(`${y}-`)));
  if (outside.length)
    throw new Error(`demo seed: money moved outside the pool years: ${outside.map((m) => m.on).join(", ")}`);
}
