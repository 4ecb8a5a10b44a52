// A region's municipalities and how many visible pilots each takes part in: one grouped SQL count.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";

export type RegionMunicipality = { code: number; name: string; population: number | null; led: number; joined: number };

export function regionMunicipalities(user: SessionUser | null, regionCode: number): Promise<RegionMunicipality[]> {
  return prisma.$queryRaw<RegionMunicipality[]>`
    SELECT o."municipalityCode" AS code, o.name, o.population,
           count(p.id) FILTER (WHERE p."leadOrganisationId" = o.id)::int AS led,
           count(p.id) FILTER (WHERE p."leadOrganisationId" <> o.id)::int AS joined
      FROM "Organisation" o
      LEFT JOIN "Pilot" p ON ${visiblePilotsSql(user, "p")}
       AND (p."leadOrganisationId" = o.id OR EXISTS (SELECT 1 FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id AND pp."organisationId" = o.id))
     WHERE o.kind = 'KOMMUNE' AND o."regionCode" = ${regionCode}
     GROUP BY o.id, o."municipalityCode", o.name, o.population
     ORDER BY o."municipalityCode"`;
}
