// Pilots at risk, for the dashboard's first screen: a running phase past its planned end with no gate
// asked for (overdue), one that has spent 90 % or more of its grant (near its grant), and one that has
// spent its community's share (default 60 %) with no result and no KPI measurement since it started
// (no evidence: the tripwire's own rule, lib/tripwire/rule.ts). A pilot may be at risk for several reasons; the list is capped,
// the count covers all.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { AtRisk, PhaseWord } from "../types";
import type { PortfolioFilters } from "../filters";
import { TODAY, scopeCte, type Viewer } from "../scope";
import { int, rows } from "../sql";
import { missingEvidenceSql } from "../../tripwire/rule";

export const AT_RISK_LIMIT = 8;
const NEAR_GRANT = 0.9;

type Row = {
  pilot_id: number;
  title: string;
  community: string;
  phase: PhaseWord;
  granted: number;
  spent: number;
  overdue: boolean;
  near_grant: boolean;
  no_evidence: boolean;
  total: bigint;
};

export async function loadAtRisk(user: Viewer, f: PortfolioFilters): Promise<AtRisk> {
  const found = await rows<Row>(Prisma.sql`
    WITH ${scopeCte(user, f)},
    running AS (
      SELECT ph.id, ph."pilotId", s.title, s."communityId", ph.kind, ph.granted, ph.spent,
        ph.status = 'ACTIVE' AND ph."plannedEnd" < ${TODAY} AS overdue,
        ph.granted > 0 AND ph.spent >= ${NEAR_GRANT}::float8 * ph.granted AS near_grant,
        ${missingEvidenceSql("ph", "s")} AS no_evidence
      FROM "Phase" ph JOIN scope s ON s.id = ph."pilotId"
      WHERE ph.status IN ('ACTIVE', 'AWAITING_GATE') AND s.status = 'ACTIVE'
    )
    SELECT r."pilotId" AS pilot_id, r.title, c.slug AS community, lower(r.kind::text) AS phase, r.granted, r.spent,
      r.overdue, r.near_grant, r.no_evidence, count(*) OVER () AS total
    FROM running r JOIN "Community" c ON c.id = r."communityId"
    WHERE r.overdue OR r.near_grant OR r.no_evidence
    ORDER BY (r.overdue::int + r.near_grant::int + r.no_evidence::int) DESC, r.spent::float8 / greatest(r.granted, 1) DESC, r."pilotId"
    LIMIT ${AT_RISK_LIMIT}`);
  return {
    total: int(found[0]?.total),
    items: found.map((r) => ({
      pilotId: r.pilot_id,
      title: r.title,
      community: r.community,
      phase: r.phase,
      granted: int(r.granted),
      spent: int(r.spent),
      reasons: [
        ...(r.overdue ? ["overdue" as const] : []),
        ...(r.near_grant ? ["nearGrant" as const] : []),
        ...(r.no_evidence ? ["noEvidence" as const] : []),
      ],
    })),
  };
}
