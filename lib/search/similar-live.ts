// Pilots like this one, computed live for one viewer: shared technology, domain and SDG tags, plus how
// many of this pilot's title and problem words the other one uses (ts_rank against an OR of them).
// Only pilots the reader may see, and only if the pilot itself is visible to them. The page reads the
// stored lists first (./similar.ts); this is their fallback and, in SQL function similar_compute
// (migration …_similar_pilots), their definition: change the two together (decision 0019).
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { PilotStatus } from "../generated/prisma/enums";
import { visiblePilotsSql } from "../pilots/visibility";

export type SimilarPilot = {
  id: number;
  title: string;
  status: PilotStatus;
  community: string;
  sharedTags: string[];
  score: number;
};

// A shared technology or domain says more than a shared SDG; text similarity separates pilots that
// share the same broad tag ("IoT"). Weights picked on the demo data (docs/decisions/0008).
const W_TAG = 2;
const W_SDG = 0.5;
const W_TEXT = 20;
/** Below this a pilot shares too little to be worth a reader's click. */
const MIN_SCORE = 2.5;
/**
 * Shared SDGs alone reach MIN_SCORE only from this many on (5 × 0.5 = 2.5); with fewer, a pilot that
 * shares no technology, domain or word cannot qualify, so pilots sharing only SDGs need not be scored.
 */
const SDGS_ALONE_ENOUGH = Math.ceil(MIN_SCORE / W_SDG);

/**
 * The score is W_TAG·shared tags + W_SDG·shared SDGs + W_TEXT·ts_rank. A pilot with no shared
 * technology or domain, no word of the query (ts_rank is then exactly 0) and fewer than
 * SDGS_ALONE_ENOUGH shared SDGs scores at most 2.0 < MIN_SCORE. So only the union of the pilots found
 * through the GIN indexes (technologies &&, domains &&, document @@, and sdgs && when this pilot has
 * enough SDGs) is scored: the same top list as scoring every visible pilot (tested against that
 * query in tests/integration/search/similar-pruning.test.ts), without reading every search document.
 */
export async function similarPilotsLive(user: SessionUser | null, pilotId: number, limit = 4): Promise<SimilarPilot[]> {
  return prisma.$queryRaw<SimilarPilot[]>`
    WITH me AS MATERIALIZED (
      SELECT p.id, p.technologies, p.domains, p.sdgs,
             -- this pilot's own title and problem words (weights A and B) as an OR query, quoted lexemes
             (SELECT string_agg('''' || replace(w, '''', '''''') || '''', ' | ')
                FROM unnest(tsvector_to_array(ts_filter(s."document", '{a,b}'))) AS w
               WHERE length(w) >= 4 AND position(chr(92) IN w) = 0)::tsquery AS words
        FROM "Pilot" p JOIN "PilotSearch" s ON s."pilotId" = p.id
       WHERE p.id = ${pilotId} AND ${visiblePilotsSql(user, "p")}
    ), candidates AS (
      -- scalar subqueries (init plans), so each arm is a bitmap scan of its GIN index
      SELECT id FROM "Pilot" WHERE technologies && (SELECT technologies FROM me)
      UNION SELECT id FROM "Pilot" WHERE domains && (SELECT domains FROM me)
      UNION SELECT "pilotId" FROM "PilotSearch" WHERE "document" @@ (SELECT words FROM me)
      UNION SELECT id FROM "Pilot"
             WHERE cardinality((SELECT sdgs FROM me)) >= ${SDGS_ALONE_ENOUGH} AND sdgs && (SELECT sdgs FROM me)
    ), scored AS MATERIALIZED (
      -- materialised, so each ts_rank runs once: inlined, the planner evaluated the score (and with
      -- it ts_rank on the document) once in the filter and again for the sort
      SELECT o.id, o.title, o.status::text AS status, c.name AS community,
             ARRAY(SELECT unnest(o.technologies) INTERSECT SELECT unnest(me.technologies)) ||
             ARRAY(SELECT unnest(o.domains) INTERSECT SELECT unnest(me.domains)) AS "sharedTags",
             cardinality(ARRAY(SELECT unnest(o.sdgs) INTERSECT SELECT unnest(me.sdgs))) AS sdgs,
             CASE WHEN me.words IS NULL THEN 0 ELSE ts_rank(os."document", me.words) END AS text
        FROM me
        JOIN candidates k ON k.id <> me.id
        JOIN "Pilot" o ON o.id = k.id AND ${visiblePilotsSql(user, "o")}
        JOIN "PilotSearch" os ON os."pilotId" = o.id
        JOIN "Community" c ON c.id = o."communityId"
    )
    SELECT id, title, status, community, "sharedTags", score
      FROM (SELECT *, ${W_TAG}::float8 * cardinality("sharedTags") + ${W_SDG}::float8 * sdgs + ${W_TEXT}::float8 * text AS score FROM scored) x
     WHERE score >= ${MIN_SCORE}::float8
     ORDER BY score DESC, id DESC
     LIMIT ${limit}`;
}
