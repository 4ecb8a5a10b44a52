// "Mangler evidens" (PRODUCT.md's tripwire, decision 0026), as one SQL condition every reader shares:
// the dashboard's at-risk list, the role homes, the pilot page and the sweep that notifies. A running
// phase of an active pilot is flagged when it has spent at least its community's share of its grant
// (default 60 %) and has no result and no KPI measurement since it started. Computed live, so the flag
// clears itself the moment evidence is logged; the sweep only keeps the bookkeeping of crossings.
import { Prisma } from "../generated/prisma/client";

const ALIAS = /^[a-z_][a-z0-9_]*$/i;

/**
 * The condition on a Phase row `phase` of a Pilot row `pilot` (which needs "id", "status" and
 * "communityId"). Integer arithmetic: spent × 100 ≥ share × granted, in bigint so a large grant
 * cannot overflow.
 */
export function missingEvidenceSql(phase = "ph", pilot = "p"): Prisma.Sql {
  if (!ALIAS.test(phase) || !ALIAS.test(pilot)) throw new Error("missingEvidenceSql: bad alias");
  const ph = Prisma.raw(`"${phase}"`);
  const p = Prisma.raw(`"${pilot}"`);
  return Prisma.sql`(${ph}.status IN ('ACTIVE', 'AWAITING_GATE') AND ${p}.status = 'ACTIVE' AND ${ph}.granted > 0
    AND ${ph}.spent::bigint * 100 >= (SELECT cm."evidenceSharePercent" FROM "Community" cm WHERE cm.id = ${p}."communityId")::bigint * ${ph}.granted
    AND NOT EXISTS (SELECT 1 FROM "ResultEntry" e WHERE e."phaseId" = ${ph}.id)
    AND NOT EXISTS (SELECT 1 FROM "KpiMeasurement" m JOIN "Kpi" k ON k.id = m."kpiId"
                     WHERE k."pilotId" = ${ph}."pilotId" AND m."measuredAt" >= coalesce(${ph}."startedAt", ${ph}."createdAt")))`;
}

/** The default share, for the setting's form and the demo data; the community's own is in the database. */
export const DEFAULT_EVIDENCE_SHARE = 60;
