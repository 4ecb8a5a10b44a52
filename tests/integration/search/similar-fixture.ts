// Shared by the similar-pilots tests: generated pilots whose tags are varied so that every way into a
// list (a technology, a domain, a word, five shared SDGs) decides some lists, three viewers, and the
// query that scored every visible pilot before any pruning or storing: the oracle.
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedReference } from "../../../prisma/seed/reference";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { visiblePilotsSql } from "../../../lib/pilots/visibility";
import type { SimilarPilot } from "../../../lib/search/similar-live";

import { generationSteps, LAYOUT_SQL, planLayout } from "../../../scripts/lib/bench/generate";
export type Viewer = { name: string; user: SessionUser | null };

export async function similarFixture(pilots: number): Promise<{ db: Database; viewers: Viewer[] }> {
  const db = await freshDatabase();
  await seedReference(db.prisma);
  const [row] = await db.prisma.$queryRawUnsafe<Parameters<typeof planLayout>[0][]>(LAYOUT_SQL);
  const layout = planLayout(row, { seed: 17, pilots, users: pilots / 4, passwordHash: "not-a-login" });
  const adapter = await db.adapterFactory.connect();
  await adapter.executeScript(["BEGIN", ...generationSteps(layout).map((s) => s.sql), "COMMIT"].join(";\n"));
  if (db.engine === "server") await adapter.dispose();
  // The generator gives every pilot a technology, a domain and one or two SDGs. Vary that, so that
  // some pilots share only words, some only SDGs (five or more, or fewer), some have no tags at all.
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET technologies = '{}' WHERE id % 5 = 0`);
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET domains = NULL WHERE id % 10 = 0`);
  await db.prisma.$executeRawUnsafe(
    `UPDATE "Pilot" SET sdgs = ARRAY(SELECT g FROM generate_series(1, 17) g WHERE (g * 7 + id) % 3 <> 0) WHERE id % 4 = 0`,
  );
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET sdgs = ARRAY[1, 2, 3, 4] WHERE id % 9 = 0`);
  await db.prisma.$executeRawUnsafe(`ANALYZE`);
  const member = (await db.prisma.user.findFirstOrThrow({
    where: { email: { endsWith: "@bench.innovationsmotor.example" }, roles: { some: { role: "MEMBER" } } },
    select: sessionUserSelect,
    orderBy: { id: "asc" },
  })) as SessionUser;
  // The generator makes no platform admin; the same person as one sees every pilot, drafts included.
  const viewers = [
    { name: "anonymous", user: null },
    { name: "member", user: member },
    { name: "admin", user: { ...member, isPlatformAdmin: true } },
  ];
  return { db, viewers };
}

/** The query before pruning, verbatim: every visible pilot is scored. */
export function everyPilotScored(db: Database, user: SessionUser | null, pilotId: number, limit: number) {
  return db.prisma.$queryRaw<SimilarPilot[]>`
    WITH me AS (
      SELECT p.id, p.technologies, p.domains, p.sdgs,
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
      FROM (SELECT *, 2::float8 * cardinality("sharedTags") + 0.5::float8 * sdgs + 20::float8 * text AS score FROM scored) x
     WHERE score >= 2.5::float8
     ORDER BY score DESC, id DESC
     LIMIT ${limit}`;
}
