// Which phases the tripwire flags now, for the pages: the pilot page's notice, the lead's next steps
// and the secretariat's count. One query each, whatever the number of pilots.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import { missingEvidenceSql } from "./rule";

export type Flag = { pilotId: number; phaseId: number; kind: string; granted: number; spent: number; share: number };

/** The flagged phases of these pilots (the caller has already applied visibility). */
export async function flaggedPhases(pilotIds: number[]): Promise<Flag[]> {
  if (pilotIds.length === 0) return [];
  return prisma.$queryRaw<Flag[]>`
    SELECT ph."pilotId", ph.id AS "phaseId", ph.kind::text AS kind, ph.granted, ph.spent,
           (SELECT cm."evidenceSharePercent" FROM "Community" cm WHERE cm.id = p."communityId") AS share
      FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId"
     WHERE p.id IN (${Prisma.join(pilotIds)}) AND ${missingEvidenceSql("ph", "p")}
     ORDER BY ph."pilotId", ph.id`;
}

/** Flagged pilots per community, for the secretariat's home. */
export async function flaggedByCommunity(communityIds: number[]): Promise<Map<number, number>> {
  if (communityIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ communityId: number; n: number }[]>`
    SELECT p."communityId", count(DISTINCT p.id)::int AS n
      FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId"
     WHERE p."communityId" IN (${Prisma.join(communityIds)}) AND ${missingEvidenceSql("ph", "p")}
     GROUP BY p."communityId"`;
  return new Map(rows.map((r) => [r.communityId, r.n]));
}
