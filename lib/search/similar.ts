// "Similar pilots" on a pilot page, read from the stored lists (SimilarPilotList/SimilarPilot,
// docs/decisions/0019). The score does not depend on the viewer, only which pilots they may see does,
// so a viewer's top 4 are the first 4 visible entries of the pilot's stored ranking (PRODUCT.md rule 6
// applied at read time, as everywhere). The live query (./similar-live.ts) answers only when the
// stored list cannot: it holds the first LIST_SIZE pilots, and this viewer sees too few of them.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsSql } from "../pilots/visibility";
import { similarPilotsLive, type SimilarPilot } from "./similar-live";
import { LIST_SIZE } from "./similar-backfill";

export type { SimilarPilot } from "./similar-live";

/**
 * A list older than this is recomputed after the response that served it: a new or changed pilot
 * enters other pilots' lists within this time. Changes to the pilot itself, or to one of its listed
 * neighbours, mark the list stale at once (database triggers), and a stale list is never served.
 */
export const LIST_TTL_SECONDS = 3600;

type ListState = { visible: boolean; stale: boolean | null; truncated: boolean | null; expired: boolean | null };

/** Work to run after the response; a page passes Next's `after`, scripts and tests run it at once. */
export type Later = (work: () => Promise<void>) => void;
const atOnce: Later = (work) => void work();

export async function similarPilots(
  user: SessionUser | null,
  pilotId: number,
  limit = 4,
  later: Later = atOnce,
): Promise<SimilarPilot[]> {
  if (limit > LIST_SIZE) return similarPilotsLive(user, pilotId, limit);
  const [state] = await prisma.$queryRaw<ListState[]>`
    SELECT ${visiblePilotsSql(user, "p")} AS visible, l.stale, l.truncated,
           l."computedAt" < now() - make_interval(secs => ${LIST_TTL_SECONDS}::float8) AS expired
      FROM "Pilot" p LEFT JOIN "SimilarPilotList" l ON l."pilotId" = p.id
     WHERE p.id = ${pilotId}`;
  if (!state?.visible) return [];
  let truncated = state.truncated;
  if (state.stale !== false) {
    // Missing or stale: compute now, waiting for a view that is already computing it (then reused).
    await refreshSimilarList(pilotId, true);
    truncated =
      (await prisma.similarPilotList.findUnique({ where: { pilotId }, select: { truncated: true } }))?.truncated ??
      true;
  } else if (state.expired) {
    refreshLater(pilotId, later);
  }
  const stored = await prisma.$queryRaw<SimilarPilot[]>`
    SELECT o.id, o.title, o.status::text AS status, c.name AS community,
           ARRAY(SELECT unnest(o.technologies) INTERSECT SELECT unnest(me.technologies)) ||
           ARRAY(SELECT unnest(o.domains) INTERSECT SELECT unnest(me.domains)) AS "sharedTags",
           s.score
      FROM "SimilarPilot" s
      JOIN "Pilot" me ON me.id = s."pilotId"
      JOIN "Pilot" o ON o.id = s."similarId" AND ${visiblePilotsSql(user, "o")}
      JOIN "Community" c ON c.id = o."communityId"
     WHERE s."pilotId" = ${pilotId}
     ORDER BY s.position
     LIMIT ${limit}`;
  // A complete list (every qualifying pilot stored) is the answer even when short; a truncated one
  // with too few visible entries may be missing visible pilots ranked below its last entry.
  if (stored.length < limit && truncated !== false) return similarPilotsLive(user, pilotId, limit);
  return stored;
}

/** Recomputes the list unless a fresh one exists (SQL function similar_refresh). */
export async function refreshSimilarList(pilotId: number, wait: boolean): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ computed: boolean }[]>`
    SELECT "similar_refresh"(${pilotId}::int, ${LIST_SIZE}::int, make_interval(secs => ${LIST_TTL_SECONDS}::float8), ${wait}) AS computed`;
  return row.computed;
}

/** After the response, so the reader does not wait for it; a list already being computed is skipped. */
function refreshLater(pilotId: number, later: Later) {
  later(() =>
    refreshSimilarList(pilotId, false).then(
      () => undefined,
      (error: unknown) => console.error("similar pilots: refresh failed", error),
    ),
  );
}
