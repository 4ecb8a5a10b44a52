// What a place — one organisation, or every organisation in a region — has done in the communities:
// the pilots it leads and joins, the money it pledged and what was granted and spent in the pilots it
// leads, the gate decisions on them and their lessons. Every figure is an SQL aggregate over the pilots
// the viewer may see (visiblePilotsSql), so a hidden draft adds nothing, not even a krone.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { GateOutcome, LessonKind } from "../generated/prisma/enums";
import { visiblePilotsSql } from "../pilots/visibility";
import type { PilotLine } from "../pilots/selects";

export type PlacePilot = PilotLine & {
  leads: boolean;
  pledged: number;
  granted: number;
  spent: number;
};
export type PlaceTotals = { led: number; joined: number; pledged: number; grantedLed: number; spentLed: number };
export type PlaceLesson = {
  id: number;
  title: string;
  kind: LessonKind;
  createdAt: Date;
  pilotId: number;
  pilotTitle: string;
};
export type PlaceProfile = {
  pilots: PlacePilot[];
  totals: PlaceTotals;
  outcomes: Partial<Record<GateOutcome, number>>;
  lessons: PlaceLesson[];
  lessonCount: number;
};

export const PLACE_LESSONS = 10;

/** The visible pilots that any of `orgIds` leads or takes part in, with whether one of them leads. */
function involvedCte(user: SessionUser | null, orgIds: number[]): Prisma.Sql {
  return Prisma.sql`WITH orgs AS (SELECT unnest(${orgIds}::int[]) AS id),
    involved AS (
      SELECT p.id, p."leadOrganisationId" IN (SELECT id FROM orgs) AS leads
        FROM "Pilot" p
       WHERE ${visiblePilotsSql(user, "p")}
         AND (p."leadOrganisationId" IN (SELECT id FROM orgs)
              OR EXISTS (SELECT 1 FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id AND pp."organisationId" IN (SELECT id FROM orgs)))
    )`;
}

export async function placeProfile(user: SessionUser | null, orgIds: number[]): Promise<PlaceProfile> {
  const involved = involvedCte(user, orgIds);
  // Money per pilot: what these organisations pledged to it, and what its phases were granted and spent.
  const pilots = prisma.$queryRaw<PlacePilot[]>`${involved}
    SELECT p.id, p.title, p.status::text AS status, c.name AS community, o.name AS lead, i.leads,
           (SELECT ph.kind::text FROM "Phase" ph WHERE ph."pilotId" = p.id AND ph.status <> 'PLANNED'
             ORDER BY array_position(ARRAY['TEST', 'DEMONSTRATION', 'SCALE'], ph.kind::text) DESC LIMIT 1) AS phase,
           coalesce((SELECT sum(pl.amount) FROM "Pledge" pl JOIN "Phase" ph ON ph.id = pl."phaseId"
                      WHERE ph."pilotId" = p.id AND pl."organisationId" IN (SELECT id FROM orgs)), 0)::int AS pledged,
           coalesce((SELECT sum(ph.granted) FROM "Phase" ph WHERE ph."pilotId" = p.id), 0)::int AS granted,
           coalesce((SELECT sum(ph.spent) FROM "Phase" ph WHERE ph."pilotId" = p.id), 0)::int AS spent
      FROM involved i JOIN "Pilot" p ON p.id = i.id JOIN "Community" c ON c.id = p."communityId"
      JOIN "Organisation" o ON o.id = p."leadOrganisationId"
     ORDER BY i.leads DESC, p."updatedAt" DESC, p.id DESC`;
  const totals = prisma.$queryRaw<PlaceTotals[]>`${involved}
    SELECT count(*) FILTER (WHERE i.leads)::int AS led, count(*) FILTER (WHERE NOT i.leads)::int AS joined,
           coalesce((SELECT sum(pl.amount) FROM "Pledge" pl JOIN "Phase" ph ON ph.id = pl."phaseId"
                      WHERE ph."pilotId" IN (SELECT id FROM involved) AND pl."organisationId" IN (SELECT id FROM orgs)), 0)::int AS pledged,
           coalesce((SELECT sum(ph.granted) FROM "Phase" ph WHERE ph."pilotId" IN (SELECT id FROM involved WHERE leads)), 0)::int AS "grantedLed",
           coalesce((SELECT sum(ph.spent) FROM "Phase" ph WHERE ph."pilotId" IN (SELECT id FROM involved WHERE leads)), 0)::int AS "spentLed"
      FROM involved i`;
  const outcomes = prisma.$queryRaw<{ outcome: GateOutcome; n: number }[]>`${involved}
    SELECT d.outcome::text AS outcome, count(*)::int AS n FROM "GateDecision" d
      JOIN "GateReview" r ON r.id = d."reviewId" JOIN "Phase" ph ON ph.id = r."phaseId"
     WHERE ph."pilotId" IN (SELECT id FROM involved) GROUP BY d.outcome`;
  const lessons = prisma.$queryRaw<(PlaceLesson & { total: number })[]>`${involved}
    SELECT l.id, l.title, l.kind::text AS kind, l."createdAt", p.id AS "pilotId", p.title AS "pilotTitle", count(*) OVER ()::int AS total
      FROM "Lesson" l JOIN "Pilot" p ON p.id = l."pilotId" WHERE p.id IN (SELECT id FROM involved)
     ORDER BY l."createdAt" DESC, l.id DESC LIMIT ${PLACE_LESSONS}`;
  const [rows, [sum], decided, learned] = await Promise.all([pilots, totals, outcomes, lessons]);
  return {
    pilots: rows,
    totals: sum,
    outcomes: Object.fromEntries(decided.map((d) => [d.outcome, d.n])),
    lessons: learned.map((l) => ({
      id: l.id,
      title: l.title,
      kind: l.kind,
      createdAt: l.createdAt,
      pilotId: l.pilotId,
      pilotTitle: l.pilotTitle,
    })),
    lessonCount: learned[0]?.total ?? 0,
  };
}
