// "Hvem har prøvet det?": for a technology, a domain or a problem in free text, which municipalities
// tried it and what came of it — adopted, still running, or stopped and why. The same visible set and
// search as the catalogue; the per-municipality tally is one SQL aggregate over it.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { GateOutcome } from "../generated/prisma/enums";
import { emptyFilters } from "./params";
import { factsCte, filteredFacets, filtersSql, phaseOfSql, type SearchMatch } from "./facts";
import { prepareSearch, type PreparedSearch } from "./prepare";
import { matchedFieldsSql, matchedWords, type Field } from "./rank";
import { answersOfPilots, type AnswerHit } from "./answers";
import type { PilotLine } from "../pilots/selects";

/** Enough to read in one sitting; the catalogue link on the page shows the rest. */
export const WHO_TRIED_LIMIT = 50;

export type WhoTriedQuery = { technology?: string; domain?: string; q?: string };

export type TriedPilot = PilotLine & {
  lastDecision: { outcome: GateOutcome; decidedAt: Date } | null;
  /** STOPPED: what the stop report says was learned, else the STOP decision's rationale. */
  stopReason: string | null;
  /** ADOPTED: the procurement recommendation recorded with the decision. */
  procurement: string | null;
  /** Why it is listed: the words of the question it matches, and where. */
  matched: { word: string; field: Field }[];
  /** Its lessons, stop reports and results that best answer the question (at most two). */
  answers: AnswerHit[];
};

export type TriedMunicipality = {
  code: number;
  name: string;
  pilots: number;
  led: number;
  adopted: number;
  active: number;
  stopped: number;
};

export type Outcomes = { total: number; adopted: number; active: number; stopped: number };
export type WhoTried = {
  pilots: TriedPilot[];
  outcomes: Outcomes;
  municipalities: TriedMunicipality[];
  search: PreparedSearch | null;
};

/**
 * A question of several words matches many pilots through one common word; those scoring below this
 * share of the best answer are left out of the list and the tally, so "12 kommuner" counts answers,
 * not passing mentions. (With one word every pilot listed has it.)
 */
export const RELATIVE_FLOOR = 0.25;

function hitsCte(user: SessionUser | null, match: SearchMatch | null, w: WhoTriedQuery): Prisma.Sql {
  const filters = {
    ...emptyFilters(),
    technology: w.technology ? [w.technology] : [],
    domain: w.domain ? [w.domain] : [],
  };
  const floor = (match?.terms.length ?? 0) > 1 ? RELATIVE_FLOOR : 0;
  return Prisma.sql`${factsCte(user, match, filteredFacets(filters))},
    ranked AS MATERIALIZED (SELECT id, rank, updated FROM facts WHERE ${filtersSql(filters)}),
    hits AS (SELECT * FROM ranked WHERE rank >= ${floor}::float8 * (SELECT max(rank) FROM ranked))`;
}

export async function whoTried(user: SessionUser | null, w: WhoTriedQuery): Promise<WhoTried> {
  // A question: any of its words may answer it, ranked by how many and which (lib/search/rank.ts).
  const search = w.q ? await prepareSearch(user, w.q, { question: true }) : null;
  const hits = hitsCte(user, search?.match ?? null, w);
  const terms = search?.match?.terms ?? [];
  // Relevance first (which already lifts adopted pilots and stopped ones with a stop report), then what
  // came of it (in operation, stopped, running), then newest.
  const pilots = prisma.$queryRaw<
    (Omit<TriedPilot, "lastDecision" | "matched" | "answers"> & {
      outcome: GateOutcome | null;
      decidedAt: Date | null;
      fields: (string | null)[] | null;
    })[]
  >`${hits}
    SELECT p.id, p.title, p.status::text AS status, upper((${phaseOfSql("p")})[1]) AS phase, c.name AS community, o.name AS lead,
           ${matchedFieldsSql(Prisma.sql`ps."document"`, terms)} AS fields,
           d.outcome::text AS outcome, d."decidedAt",
           CASE WHEN p.status = 'STOPPED' THEN coalesce(
             (SELECT l."whatWeLearned" FROM "Lesson" l WHERE l."pilotId" = p.id AND l.kind = 'STOP_REPORT' ORDER BY l."createdAt" DESC, l.id DESC LIMIT 1),
             CASE WHEN d.outcome = 'STOP' THEN d.rationale END) END AS "stopReason",
           CASE WHEN d.outcome = 'ADOPT' THEN d."procurementRecommendation" END AS procurement
      FROM hits h JOIN "Pilot" p ON p.id = h.id JOIN "Community" c ON c.id = p."communityId"
      JOIN "Organisation" o ON o.id = p."leadOrganisationId" JOIN "PilotSearch" ps ON ps."pilotId" = p.id
      LEFT JOIN LATERAL (SELECT gd.outcome, gd."decidedAt", gd.rationale, gd."procurementRecommendation" FROM "GateDecision" gd
                           JOIN "GateReview" gr ON gr.id = gd."reviewId" JOIN "Phase" ph ON ph.id = gr."phaseId"
                          WHERE ph."pilotId" = p.id ORDER BY gd."decidedAt" DESC, gd.id DESC LIMIT 1) d ON true
     ORDER BY h.rank DESC, array_position(ARRAY['ADOPTED', 'STOPPED', 'ACTIVE', 'SUBMITTED', 'DRAFT'], p.status::text), h.updated DESC, h.id DESC
     LIMIT ${WHO_TRIED_LIMIT}`;
  const municipalities = prisma.$queryRaw<TriedMunicipality[]>`${hits}
    SELECT o."municipalityCode" AS code, o.name, count(*)::int AS pilots,
           count(*) FILTER (WHERE o.id = p."leadOrganisationId")::int AS led,
           count(*) FILTER (WHERE p.status = 'ADOPTED')::int AS adopted,
           count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active,
           count(*) FILTER (WHERE p.status = 'STOPPED')::int AS stopped
      FROM hits h JOIN "Pilot" p ON p.id = h.id
      JOIN "Organisation" o ON o."municipalityCode" IS NOT NULL
       AND (o.id = p."leadOrganisationId" OR o.id IN (SELECT pp."organisationId" FROM "PilotParticipant" pp WHERE pp."pilotId" = p.id))
     GROUP BY o.id, o."municipalityCode", o.name
     ORDER BY count(*) DESC, o.name`;
  const outcomes = prisma.$queryRaw<Outcomes[]>`${hits}
    SELECT count(*)::int AS total, count(*) FILTER (WHERE p.status = 'ADOPTED')::int AS adopted,
           count(*) FILTER (WHERE p.status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE p.status = 'STOPPED')::int AS stopped
      FROM hits h JOIN "Pilot" p ON p.id = h.id`;
  const [rows, munis, [tally]] = await Promise.all([pilots, municipalities, outcomes]);
  const answers = await answersOfPilots(
    user,
    rows.map((r) => r.id),
    search,
  );
  return {
    pilots: rows.map(({ outcome, decidedAt, fields, ...p }) => ({
      ...p,
      matched: matchedWords(terms, fields),
      answers: answers.get(p.id) ?? [],
      lastDecision: outcome && decidedAt ? { outcome, decidedAt } : null,
    })),
    outcomes: tally,
    municipalities: munis,
    search,
  };
}
