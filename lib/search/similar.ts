// Pilots like this one, for the "similar pilots" box on a pilot page: shared technology, domain and
// SDG tags, plus how many of this pilot's title and problem words the other one uses (ts_rank against
// an OR of them). Only pilots the reader may see, and only if the pilot itself is visible to them.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { PilotStatus } from "../generated/prisma/enums";
import { visiblePilotsSql } from "../pilots/visibility";

export type SimilarPilot = { id: number; title: string; status: PilotStatus; community: string; sharedTags: string[]; score: number };

// A shared technology or domain says more than a shared SDG; text similarity separates pilots that
// share the same broad tag ("IoT"). Weights picked on the demo data (docs/decisions/0008).
const W_TAG = 2;
const W_SDG = 0.5;
const W_TEXT = 20;
/** Below this a pilot shares too little to be worth a reader's click. */
const MIN_SCORE = 2.5;

export async function similarPilots(user: SessionUser | null, pilotId: number, limit = 4): Promise<SimilarPilot[]> {
  return prisma.$queryRaw<SimilarPilot[]>`
    WITH me AS (
      SELECT p.id, p.technologies, p.domains, p.sdgs,
             -- this pilot's own title and problem words (weights A and B) as an OR query, quoted lexemes
             (SELECT string_agg('''' || replace(w, '''', '''''') || '''', ' | ')
                FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
               WHERE length(w) >= 4 AND position(chr(92) IN w) = 0) AS words
        FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
       WHERE p.id = ${pilotId} AND ${visiblePilotsSql(user, "p")}
    ), scored AS (
      SELECT o.id, o.title, o.status::text AS status, c.name AS community,
             ARRAY(SELECT unnest(o.technologies) INTERSECT SELECT unnest(me.technologies)) ||
             ARRAY(SELECT unnest(o.domains) INTERSECT SELECT unnest(me.domains)) AS "sharedTags",
             cardinality(ARRAY(SELECT unnest(o.sdgs) INTERSECT SELECT unnest(me.sdgs))) AS sdgs,
             CASE WHEN me.words IS NULL THEN 0 ELSE ts_rank(os."document", me.words::tsquery) END AS text
        FROM me
        JOIN "Pilot" o ON o.id <> me.id AND ${visiblePilotsSql(user, "o")}
        JOIN "PilotSearch" os ON os."pilotId" = o.id
        JOIN "Community" c ON c.id = o."communityId"
    )
    SELECT id, title, status, community, "sharedTags", score
      FROM (SELECT *, ${W_TAG}::float8 * cardinality("sharedTags") + ${W_SDG}::float8 * sdgs + ${W_TEXT}::float8 * text AS score FROM scored) x
     WHERE score >= ${MIN_SCORE}::float8
     ORDER BY score DESC, id DESC
     LIMIT ${limit}`;
}
