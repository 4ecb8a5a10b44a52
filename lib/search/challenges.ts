// Challenges found by the catalogue's Danish search: the same words, stems and typo corrections as
// pilots (prepareSearch), matched against each challenge's own document (ChallengeSearch, kept by
// triggers: title A, problem and who it affects B, data and domains C), ranked by ts_rank_cd with the
// title first. Seen exactly by those who may see the challenge (visibleChallengesSql).
import "server-only";

import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visibleChallengesSql } from "../challenges/visibility";
import { HEADLINE_MARKERS } from "./query";
import { prepareSearch } from "./prepare";

export type ChallengeHit = {
  id: number;
  title: string;
  snippet: string;
  organisation: string;
  cosponsors: number;
  rank: number;
};

const HEADLINE = `MaxFragments=1, MinWords=8, MaxWords=24, ${HEADLINE_MARKERS}`;
export const CHALLENGE_HITS = 5;

/**
 * The best challenges for a search text, and how many match. Any of the words may match (the query's
 * "highlight" form): a challenge is short, and an all-words match would miss most of them.
 */
export async function searchChallenges(
  user: SessionUser | null,
  q: string,
  limit = CHALLENGE_HITS,
): Promise<{ hits: ChallengeHit[]; total: number }> {
  const search = await prepareSearch(user, q);
  const query = search.highlight;
  if (!query) return { hits: [], total: 0 };
  const rows = await prisma.$queryRaw<(ChallengeHit & { total: number })[]>`
    WITH found AS (
      SELECT ch.id, ts_rank_cd(s.document, ${query}::tsquery) AS rank
        FROM "ChallengeSearch" s JOIN "Challenge" ch ON ch.id = s."challengeId"
       WHERE s.document @@ ${query}::tsquery AND ${visibleChallengesSql(user, "ch")}
    )
    SELECT f.id, f.rank::float8 AS rank, count(*) OVER ()::int AS total,
           ts_headline('danish', translate(ch.title, E'\\x02\\x03', ''), ${query}::tsquery, ${`HighlightAll=true, ${HEADLINE_MARKERS}`}) AS title,
           ts_headline('danish', translate(ch.problem, E'\\x02\\x03', ''), ${query}::tsquery, ${HEADLINE}) AS snippet,
           o.name AS organisation,
           (SELECT count(*)::int FROM "ChallengeCosponsor" cs WHERE cs."challengeId" = ch.id) AS cosponsors
      FROM found f JOIN "Challenge" ch ON ch.id = f.id JOIN "Organisation" o ON o.id = ch."organisationId"
     ORDER BY f.rank DESC, ch."createdAt" DESC, ch.id DESC
     LIMIT ${limit}`;
  return {
    hits: rows.map((r) => ({
      id: r.id,
      title: r.title,
      snippet: r.snippet,
      organisation: r.organisation,
      cosponsors: r.cosponsors,
      rank: r.rank,
    })),
    total: rows[0]?.total ?? 0,
  };
}
