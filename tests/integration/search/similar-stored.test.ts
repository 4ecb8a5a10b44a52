// "Similar pilots" read from stored lists (lib/search/similar.ts, decision 0019) must show exactly what
// scoring every visible pilot shows (the oracle), for every viewer: after the bulk backfill, after a
// list is computed on first view, after the pilot or a listed neighbour changes, after a deletion,
// and when a viewer sees too few of a list to fill the box (the live fallback).
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { similarPilots, refreshSimilarList } from "../../../lib/search/similar";
import { backfillSimilar, LIST_SIZE } from "../../../lib/search/similar-backfill";
import { everyPilotScored, similarFixture, type Viewer } from "./similar-fixture";

const PILOTS = 600;
let db: Database;
let viewers: Viewer[] = [];
let ids: number[] = [];
const oracle = (user: SessionUser | null, id: number, limit = 4) => everyPilotScored(db, user, id, limit);
type Entry = { pilotId: number; position: number; similarId: number; score: number };
const entries = (pilotId?: number) =>
  db.prisma.similarPilot.findMany({
    where: pilotId ? { pilotId } : {},
    orderBy: [{ pilotId: "asc" }, { position: "asc" }],
  }) as Promise<Entry[]>;
const list = (pilotId: number) => db.prisma.similarPilotList.findUnique({ where: { pilotId } });

/** Every sampled pilot × viewer, at the page's 4 and at 10: the stored path equals the oracle. */
async function expectSameAsOracle(sample: number[]) {
  let compared = 0;
  for (const { name, user } of viewers) {
    for (const id of sample) {
      for (const limit of [4, 10]) {
        const expected = await oracle(user, id, limit);
        expect(await similarPilots(user, id, limit), `${name}, pilot ${id}, top ${limit}`).toEqual(expected);
        compared += expected.length;
      }
    }
  }
  return compared;
}

beforeAll(async () => {
  ({ db, viewers } = await similarFixture(PILOTS));
  ids = (await db.prisma.pilot.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  const adapter = await db.adapterFactory.connect();
  await backfillSimilar(
    [{ exec: (sql) => adapter.executeScript(sql), rows: (sql) => db.prisma.$queryRawUnsafe(sql) }],
    { min: ids[0], max: ids.at(-1)! },
    { chunk: 150 },
  );
  if (db.engine === "server") await adapter.dispose();
}, 300_000);

describe("similar pilots from stored lists", () => {
  it("the backfill stores, for every pilot, the lists similar_compute computes one by one", async () => {
    expect(await db.prisma.similarPilotList.count()).toBe(ids.length);
    const sample = ids.filter((_, i) => i % 20 === 3); // 30 pilots
    const bulk = (await entries()).filter((e) => sample.includes(e.pilotId));
    const bulkLists = await db.prisma.similarPilotList.findMany({
      where: { pilotId: { in: sample } },
      select: { pilotId: true, truncated: true },
      orderBy: { pilotId: "asc" },
    });
    for (const id of sample) await db.prisma.$executeRaw`SELECT "similar_compute"(${id}::int, ${LIST_SIZE}::int)`;
    expect((await entries()).filter((e) => sample.includes(e.pilotId))).toEqual(bulk);
    expect(
      await db.prisma.similarPilotList.findMany({
        where: { pilotId: { in: sample } },
        select: { pilotId: true, truncated: true },
        orderBy: { pilotId: "asc" },
      }),
    ).toEqual(bulkLists);
    expect(bulk.length).toBeGreaterThan(sample.length * 10);
    expect(bulkLists.some((l) => l.truncated)).toBe(true);
  }, 120_000);

  it("shows exactly what the every-pilot query shows, for many pilots and three viewers", async () => {
    const sample = ids.filter((_, i) => i % 15 === 0 || i % 15 === 4); // 80 pilots
    expect(await expectSameAsOracle(sample)).toBeGreaterThan(sample.length * viewers.length * 8);
  }, 180_000);

  it("computes a missing list on first view", async () => {
    const id = ids[7];
    await db.prisma.similarPilotList.delete({ where: { pilotId: id } });
    await expectSameAsOracle([id]);
    expect(await list(id)).toMatchObject({ stale: false });
    expect((await entries(id)).length).toBeGreaterThan(0);
  });

  it("recomputes a pilot's list and every list holding it when its title or tags change", async () => {
    for (const change of [
      (id: number) =>
        db.prisma.pilot.update({ where: { id }, data: { title: "Vandstand i klimasøer og regnvandsbassiner" } }),
      (id: number) => db.prisma.pilot.update({ where: { id }, data: { sdgs: [6, 11, 13, 14, 15] } }),
      (id: number) =>
        db.prisma.pilot.update({ where: { id }, data: { technologies: ["AI", "ROBOTICS"], domains: ["trafik"] } }),
    ]) {
      // a pilot that is in many lists
      const [{ similarId: id }] = await db.prisma.$queryRaw<{ similarId: number }[]>`
        SELECT "similarId" FROM "SimilarPilot" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
      const holders = [
        ...new Set(
          (await db.prisma.similarPilot.findMany({ where: { similarId: id }, select: { pilotId: true } })).map(
            (e) => e.pilotId,
          ),
        ),
      ];
      expect(holders.length).toBeGreaterThan(0);
      await change(id);
      const marked = await db.prisma.similarPilotList.findMany({
        where: { pilotId: { in: [id, ...holders] } },
        select: { stale: true },
      });
      expect(marked.every((l) => l.stale)).toBe(true);
      await expectSameAsOracle([id, ...holders.slice(0, 5)]);
      expect(await list(id)).toMatchObject({ stale: false });
    }
  }, 120_000);

  it("a new lesson changes the pilot's document: lists holding it are recomputed, its own is kept", async () => {
    const { similarId: id, pilotId: holder } = await db.prisma.similarPilot.findFirstOrThrow({
      orderBy: [{ pilotId: "desc" }, { position: "asc" }],
    });
    const before = await list(id);
    const { projectLeadId: authorId } = await db.prisma.pilot.findUniqueOrThrow({ where: { id } });
    await db.prisma.lesson.create({
      data: {
        pilotId: id,
        authorId,
        title: "Sensorer",
        whatWeDid: "Vi målte vandstand med sensorer.",
        whatWeLearned: "Regnvand kræver kalibrering.",
        wouldDoDifferently: "",
      },
    });
    expect(await list(holder)).toMatchObject({ stale: true });
    expect(await list(id)).toEqual(before); // its own words (title, problem) did not change
    await expectSameAsOracle([holder]);
  });

  it("a deleted pilot leaves every list, and the lists still show the right pilots", async () => {
    // A new pilot with the words and tags of an existing one ranks high in that one's neighbours' lists.
    const model = await db.prisma.pilot.findUniqueOrThrow({ where: { id: ids[30] } });
    const { id } = await db.prisma.pilot.create({
      data: {
        communityId: model.communityId,
        leadOrganisationId: model.leadOrganisationId,
        projectLeadId: model.projectLeadId,
        title: model.title,
        problem: model.problem,
        hypothesis: model.hypothesis,
        technologies: model.technologies,
        domains: model.domains,
        sdgs: model.sdgs,
        status: "ACTIVE",
        visibility: "PUBLIC",
      },
    });
    const holders = [model.id, ...(await entries(model.id)).slice(0, 5).map((e) => e.similarId)];
    for (const h of holders) await db.prisma.$executeRaw`SELECT "similar_compute"(${h}::int, ${LIST_SIZE}::int)`;
    expect(await db.prisma.similarPilot.count({ where: { similarId: id } })).toBeGreaterThan(0);
    await db.prisma.$executeRaw`DELETE FROM "Pilot" WHERE id = ${id}`;
    expect(await db.prisma.similarPilot.count({ where: { similarId: id } })).toBe(0);
    await expectSameAsOracle(holders);
  });

  it("a viewer who sees too few of a truncated list gets the live answer, still the right one", async () => {
    const anonymous = null;
    // A public pilot with a truncated list: hide every listed neighbour but one from the public, so
    // the visible ones beyond the stored 40 decide the box.
    const [{ pilotId: id }] = await db.prisma.$queryRaw<{ pilotId: number }[]>`
      SELECT l."pilotId" FROM "SimilarPilotList" l JOIN "Pilot" p ON p.id = l."pilotId"
       WHERE l.truncated AND NOT l.stale AND p.visibility = 'PUBLIC' AND p.status IN ('ACTIVE', 'STOPPED', 'ADOPTED') ORDER BY 1 LIMIT 1`;
    const listed = (await entries(id)).map((e) => e.similarId);
    await db.prisma.pilot.updateMany({ where: { id: { in: listed.slice(1) } }, data: { visibility: "MEMBERS" } });
    expect(await list(id)).toMatchObject({ stale: false, truncated: true }); // visibility is not part of the score
    const expected = await oracle(anonymous, id);
    expect(expected.length).toBe(4);
    expect(expected.filter((s) => !listed.includes(s.id)).length).toBeGreaterThan(0); // found beyond the list
    expect(await similarPilots(anonymous, id)).toEqual(expected);
  });

  it("a complete list answers a short box without the live query; an expired one is renewed once", async () => {
    // Words nobody else uses and no technology or domain: only pilots sharing five SDGs qualify.
    const id = ids[45];
    await db.prisma.pilot.update({
      where: { id },
      data: {
        status: "ACTIVE",
        visibility: "PUBLIC",
        title: "Kvarkfnug",
        problem: "Zorbelig.",
        hypothesis: "",
        technologies: [],
        domains: [],
        sdgs: [1, 2, 3, 4, 5],
      },
    });
    await db.prisma.pilot.update({
      where: { id: ids[46] },
      data: { status: "ACTIVE", visibility: "PUBLIC", sdgs: [1, 2, 3, 4, 5, 9] },
    });
    for (const { name, user } of viewers) expect(await similarPilots(user, id), name).toEqual(await oracle(user, id));
    expect(await list(id)).toMatchObject({ stale: false, truncated: false });
    expect((await oracle(null, id)).map((s) => s.id)).toContain(ids[46]);
    expect(await refreshSimilarList(id, false)).toBe(false); // fresh: nothing to do
    await db.prisma
      .$executeRaw`UPDATE "SimilarPilotList" SET "computedAt" = now() - interval '2 hours' WHERE "pilotId" = ${id}`;
    expect(await refreshSimilarList(id, false)).toBe(true);
    expect(await refreshSimilarList(id, true)).toBe(false);
  });
});
