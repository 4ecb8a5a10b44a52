// "Similar pilots", computed live, scores only the pilots the GIN indexes can find
// (lib/search/similar-live.ts). That is a claim about a formula, so it is checked against the query it replaced, which scored every visible
// pilot: same pilots, same order, same scores, on generated data whose tags were varied so that every
// way in (a technology, a domain, a word, five shared SDGs) decides some of the lists.
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { similarPilotsLive as similarPilots } from "../../../lib/search/similar-live";
import { everyPilotScored as oracle, similarFixture, type Viewer } from "./similar-fixture";

const PILOTS = 600;
let db: Database;
let viewers: Viewer[] = [];
const everyPilotScored = (user: SessionUser | null, id: number, limit: number) => oracle(db, user, id, limit);

beforeAll(async () => {
  ({ db, viewers } = await similarFixture(PILOTS));
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
    const [a, b, c] = await db.prisma.pilot.findMany({
      where: { status: "ACTIVE", visibility: "PUBLIC" },
      select: { id: true },
      take: 3,
      orderBy: { id: "asc" },
    });
    const only = (id: number, word: string, sdgs: number[]) =>
      db.prisma.pilot.update({
        where: { id },
        data: { title: `${word}fnug`, problem: `${word}zorb.`, hypothesis: "", technologies: [], domains: [], sdgs },
      });
    await only(a.id, "alfaqux", [1, 2, 3, 4, 5, 6]);
    await only(b.id, "betaqux", [1, 2, 3, 4, 5, 16]);
    await only(c.id, "gammaqux", [1, 2, 3, 4, 17]);
    const found = await similarPilots(null, a.id, 50);
    expect(found.find((s) => s.id === b.id)).toMatchObject({ sharedTags: [], score: 2.5 });
    expect(found.map((s) => s.id)).not.toContain(c.id);
    expect(found).toEqual(await everyPilotScored(null, a.id, 50));
  });
});
