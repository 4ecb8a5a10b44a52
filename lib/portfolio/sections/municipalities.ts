// Where in Denmark the pilots run: for each of the 98 municipalities (zeros included, so the map
// and its table list every one), the pilots in view it takes part in, leads, and that are running.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { MunicipalityCount } from "../types";
import type { PortfolioFilters } from "../filters";
import { scopeCte, type Viewer } from "../scope";
import { int, rows } from "../sql";

type Row = { code: number; name: string; region: number; pilots: bigint; led: bigint; running: bigint };

export async function loadMunicipalities(user: Viewer, f: PortfolioFilters): Promise<MunicipalityCount[]> {
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    taking_part AS (
      SELECT s.id AS pilot_id, s.status, s."leadOrganisationId" AS org, TRUE AS leads FROM scope s
      UNION
      SELECT s.id, s.status, pp."organisationId", pp."organisationId" = s."leadOrganisationId" FROM "PilotParticipant" pp JOIN scope s ON s.id = pp."pilotId"
    )
    SELECT o."municipalityCode" AS code, o.name, o."regionCode" AS region,
      count(DISTINCT tp.pilot_id) AS pilots,
      count(DISTINCT tp.pilot_id) FILTER (WHERE tp.leads) AS led,
      count(DISTINCT tp.pilot_id) FILTER (WHERE tp.status = 'ACTIVE') AS running
    FROM "Organisation" o LEFT JOIN taking_part tp ON tp.org = o.id
    WHERE o.kind = 'KOMMUNE' AND o."municipalityCode" IS NOT NULL
    GROUP BY o.id ORDER BY o."municipalityCode"`);
  return found.map((r) => ({
    code: r.code,
    name: r.name,
    regionCode: r.region,
    pilots: int(r.pilots),
    led: int(r.led),
    running: int(r.running),
  }));
}
