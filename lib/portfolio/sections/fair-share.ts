// Fair share: per member organisation, what it paid in (pool contributions and pledges) against
// what it leads, joins and has adopted, and what was granted to the pilots it leads. The shares of
// all paid and of all participations are window aggregates, so "pays 12 %, takes part in 4 %" can be
// read off one row. Contributions only for communities whose pool the viewer may see.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { FairShareRow } from "../types";
import type { PortfolioFilters } from "../filters";
import { poolCommunitiesSql, scopeCte, type Viewer } from "../scope";
import { dec, int, intOrNull, rows } from "../sql";
import { maySeePool } from "../visible-sql";

type Row = {
  id: number;
  name: string;
  kind: string;
  code: number | null;
  contributed: bigint | null;
  pledged: bigint;
  led: bigint;
  joined: bigint;
  adopted: bigint;
  granted_to_led: bigint;
  paid_share: unknown;
  participation_share: unknown;
};

export async function loadFairShare(user: Viewer, f: PortfolioFilters): Promise<FairShareRow[]> {
  const seePool = maySeePool(user, f);
  const ofCommunity = f.community ? Prisma.sql`AND c.slug = ${f.community}` : Prisma.empty;
  const poolYear = f.year ? Prisma.sql`AND pool.year = ${f.year}` : Prisma.empty;
  const pledgeYear = f.year ? Prisma.sql`AND extract(year FROM ph."plannedStart") = ${f.year}` : Prisma.empty;
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    members AS (
      SELECT DISTINCT o.id, o.name, o.kind::text AS kind, o."municipalityCode" AS code
      FROM "CommunityMember" m JOIN "Community" c ON c.id = m."communityId" JOIN "Organisation" o ON o.id = m."organisationId"
      WHERE m.status = 'ACTIVE' AND o.kind <> 'SEKRETARIAT' ${ofCommunity}
    ),
    contributed AS (
      SELECT e."organisationId" AS id, sum(e.amount) AS amount
      FROM "PoolEntry" e JOIN "Pool" pool ON pool.id = e."poolId" JOIN "Community" c ON c.id = pool."communityId"
      WHERE e.kind = 'CONTRIBUTION' AND ${poolCommunitiesSql(user, f, "c")} ${poolYear}
      GROUP BY 1
    ),
    pledged AS (
      SELECT pl."organisationId" AS id, sum(pl.amount) AS amount
      FROM "Pledge" pl JOIN "Phase" ph ON ph.id = pl."phaseId" JOIN scope s ON s.id = ph."pilotId"
      WHERE TRUE ${pledgeYear}
      GROUP BY 1
    ),
    -- The lead organisation takes part in its own pilot even where no participant row says so: UNION dedupes.
    taking_part AS (
      SELECT s.id AS pilot_id, s."leadOrganisationId" AS id, TRUE AS leads FROM scope s
      UNION
      SELECT s.id, pp."organisationId", pp."organisationId" = s."leadOrganisationId" FROM "PilotParticipant" pp JOIN scope s ON s.id = pp."pilotId"
    ),
    roles AS (
      SELECT id, count(*) FILTER (WHERE leads) AS led, count(*) FILTER (WHERE NOT leads) AS joined FROM taking_part GROUP BY id
    ),
    adopted AS (
      SELECT a."organisationId" AS id, count(DISTINCT s.id) AS n
      FROM "DecisionAdopter" a JOIN "GateDecision" d ON d.id = a."decisionId" JOIN "GateReview" r ON r.id = d."reviewId"
      JOIN "Phase" ph ON ph.id = r."phaseId" JOIN scope s ON s.id = ph."pilotId"
      GROUP BY 1
    ),
    granted AS (
      SELECT s."leadOrganisationId" AS id, sum(ph.granted) AS amount FROM "Phase" ph JOIN scope s ON s.id = ph."pilotId" GROUP BY 1
    ),
    joined AS (
      SELECT m.*, ${seePool ? Prisma.sql`coalesce(co.amount, 0)` : Prisma.sql`NULL::bigint`} AS contributed, coalesce(pl.amount, 0) AS pledged,
        coalesce(ro.led, 0) AS led, coalesce(ro.joined, 0) AS joined, coalesce(ad.n, 0) AS adopted, coalesce(gr.amount, 0) AS granted_to_led
      FROM members m LEFT JOIN contributed co ON co.id = m.id LEFT JOIN pledged pl ON pl.id = m.id LEFT JOIN roles ro ON ro.id = m.id
      LEFT JOIN adopted ad ON ad.id = m.id LEFT JOIN granted gr ON gr.id = m.id
    )
    SELECT id, name, kind, code, contributed::bigint, pledged::bigint, led::bigint, joined::bigint, adopted::bigint, granted_to_led::bigint,
      round((coalesce(contributed, 0) + pledged)::numeric / nullif(sum(coalesce(contributed, 0) + pledged) OVER (), 0), 4) AS paid_share,
      round((led + joined)::numeric / nullif(sum(led + joined) OVER (), 0), 4) AS participation_share
    FROM joined
    ORDER BY coalesce(contributed, 0) + pledged DESC, name`);
  return found.map((r) => ({
    organisationId: r.id,
    name: r.name,
    kind: r.kind.toLowerCase(),
    municipalityCode: r.code,
    contributed: intOrNull(r.contributed),
    pledged: int(r.pledged),
    led: int(r.led),
    joined: int(r.joined),
    adopted: int(r.adopted),
    grantedToLed: int(r.granted_to_led),
    paidShare: dec(r.paid_share, 4),
    participationShare: dec(r.participation_share, 4),
  }));
}
