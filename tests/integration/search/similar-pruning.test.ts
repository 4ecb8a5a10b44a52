// "Similar pilots" scores only the pilots the GIN indexes can find (lib/search/similar.ts). That is a
// claim about a formula, so it is checked against the query it replaced, which scored every visible
// pilot: same pilots, same order, same scores, on generated data whose tags were varied so that every
// way in (a technology, a domain, a word, five shared SDGs) decides some of the lists.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { seedReference } from "../../../prisma/seed/reference";
import { generationSteps, LAYOUT_SQL, planLayout } from "../../../lib/bench/generate";
import { sessionUserSelect, type SessionUser } from "../../../lib/auth/session";
import { visiblePilotsSql } from "../../../lib/pilots/visibility";
import { similarPilots, type SimilarPilot } from "../../../lib/search/similar";

const PILOTS = 600;
let db: Database;
const viewers: { name: string; user: SessionUser | null }[] = [];

/** The query before pruning, verbatim: every visible pilot is scored. The oracle. */
function everyPilotScored(user: SessionUser | null, pilotId: number, limit: number) {
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

const sessionUser = async (where: object) =>
  (await db.prisma.user.findFirstOrThrow({ where, select: sessionUserSelect, orderBy: { id: "asc" } })) as SessionUser;

beforeAll(async () => {
  db = await freshDatabase();
  await seedReference(db.prisma);
  const [row] = await db.prisma.$queryRawUnsafe<Parameters<typeof planLayout>[0][]>(LAYOUT_SQL);
  const layout = planLayout(row, { seed: 17, pilots: PILOTS, users: PILOTS / 4, passwordHash: "not-a-login" });
  const adapter = await db.adapterFactory.connect();
  await adapter.executeScript(["BEGIN", ...generationSteps(layout).map((s) => s.sql), "COMMIT"].join(";\n"));
  if (db.engine === "server") await adapter.dispose();
  // The generator gives every pilot a technology, a domain and one or two SDGs. Vary that, so that
  // some pilots share only words, some only SDGs (five or more, or fewer), some have no tags at all.
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET technologies = '{}' WHERE id % 5 = 0`);
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET domains = NULL WHERE id % 10 = 0`);
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET sdgs = ARRAY(SELECT g FROM generate_series(1, 17) g WHERE (g * 7 + id) % 3 <> 0) WHERE id % 4 = 0`);
  await db.prisma.$executeRawUnsafe(`UPDATE "Pilot" SET sdgs = ARRAY[1, 2, 3, 4] WHERE id % 9 = 0`);
  await db.prisma.$executeRawUnsafe(`ANALYZE`);
  const member = await sessionUser({ email: { endsWith: "@bench.innovationsmotor.example" }, roles: { some: { role: "MEMBER" } } });
  // The generator makes no platform admin; the same person as one sees every pilot, drafts included.
  viewers.push({ name: "anonymous", user: null }, { name: "member", user: member }, { name: "admin", user: { ...member, isPlatformAdmin: true } });
}, 240_000);

describe("similar pilots, scored only where the indexes lead", () => {
  it("gives exactly the list the every-pilot query gives, for many pilots and viewers", async () => {
    const ids = (await db.prisma.pilot.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
    const sample = ids.filter((_, i) => i % 15 === 0 || i % 15 === 4); // 80 pilots, every variant above
    let compared = 0;
    let decidedWithoutTags = 0;
    for (const { name, user } of viewers) {
      for (const id of sample) {
        const expected = await everyPilotScored(user, id, 10);
        expect(await similarPilots(user, id, 10), `${name}, pilot ${id}`).toEqual(expected);
        compared += expected.length;
        decidedWithoutTags += expected.filter((s) => s.sharedTags.length === 0).length;
      }
    }
    // The comparison is not vacuous: lists are long, and some entries got in without a shared tag.
    expect(compared).toBeGreaterThan(sample.length * viewers.length * 5);
    expect(decidedWithoutTags).toBeGreaterThan(0);
  }, 120_000);

  it("finds a pilot that shares nothing but five or more SDGs, and not one that shares four", async () => {
    // Words no other pilot uses, no tags: only the SDG way in is left.
    const [a, b, c] = await db.prisma.pilot.findMany({ where: { status: "ACTIVE", visibility: "PUBLIC" }, select: { id: true }, take: 3, orderBy: { id: "asc" } });
    const only = (id: number, word: string, sdgs: number[]) =>
      db.prisma.pilot.update({ where: { id }, data: { title: `${word}fnug`, problem: `${word}zorb.`, hypothesis: "", technologies: [], domains: [], sdgs } });
    await only(a.id, "alfaqux", [1, 2, 3, 4, 5, 6]);
    await only(b.id, "betaqux", [1, 2, 3, 4, 5, 16]);
    await only(c.id, "gammaqux", [1, 2, 3, 4, 17]);
    const found = await similarPilots(null, a.id, 50);
    expect(found.find((s) => s.id === b.id)).toMatchObject({ sharedTags: [], score: 2.5 });
    expect(found.map((s) => s.id)).not.toContain(c.id);
    expect(found).toEqual(await everyPilotScored(null, a.id, 50));
  });
});
