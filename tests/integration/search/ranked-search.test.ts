// Questions answered by any of their words, ranked by how many and which, where they are found, and
// whether the pilot reached a decision (lib/search/rank.ts); each hit says why it is listed. On the
// demo data, on both engines.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { splitMarks } from "../../../lib/search/query";
import { whoTried } from "../../../lib/search/who-tried";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen"; // adopted, in operation
const plain = (s: string) =>
  splitMarks(s)
    .map((p) => p.text)
    .join("");
const catalogue = (user: SessionUser | null, q: string) => searchCatalogue(user, parseCatalogueParams({ q }));

describe("a question in “Hvem har prøvet det?”", () => {
  it("“oversvømmelse ved skybrud” puts the adopted flood warning on Gudenåen among the first two, for members and the public", async () => {
    for (const user of [w.users.gtmMember, w.users.fddMember, null] as (SessionUser | null)[]) {
      const res = await whoTried(user, { q: "oversvømmelse ved skybrud" });
      expect(res.pilots.slice(0, 2).map((p) => p.title)).toContain(GUDENAA);
    }
  });

  it("finds pilots with any of the words, those with more of them first, and says which words each matched", async () => {
    const res = await whoTried(w.users.gtmMember, { q: "oversvømmelse ved skybrud" });
    const gudenaa = res.pilots.find((p) => p.title === GUDENAA)!;
    // "ved" is not a subject word; Gudenåen's texts never say "skybrud"; "oversvømmelse" is in its title.
    expect(gudenaa.matched).toEqual([{ word: "oversvømmelse", field: "title" }]);
    const both = res.pilots.filter((p) => p.matched.length === 2);
    expect(both.map((p) => p.title)).toContain("Digital tvilling af skybrud i Harrestrup Ås opland");
    // every pilot listed matches at least one word, and only one of the two words would find fewer pilots
    expect(res.pilots.every((p) => p.matched.length > 0)).toBe(true);
    const onlySkybrud = await whoTried(w.users.gtmMember, { q: "skybrud" });
    expect(res.outcomes.total).toBeGreaterThan(onlySkybrud.outcomes.total);
  });

  it("leaves out the question's own words: “Hvem har prøvet parkeringssensorer?” is a search for parkeringssensorer", async () => {
    const asked = await whoTried(null, { q: "Hvem har prøvet parkeringssensorer?" });
    const said = await whoTried(null, { q: "parkeringssensorer" });
    expect(asked.pilots.map((p) => p.id)).toEqual(said.pilots.map((p) => p.id));
    expect(asked.pilots[0].matched).toEqual([{ word: "parkeringssensorer", field: "title" }]);
  });

  it("lifts a pilot that reached a decision above an otherwise equal one that did not", async () => {
    // Both have "Fjernaflæste vandmålere og lækage…" in their titles; one is adopted, the other still running.
    const res = await whoTried(w.users.gtmMember, { q: "fjernaflæste vandmålere lækage" });
    const titles = res.pilots.map((p) => p.title);
    const adopted = titles.indexOf("Fjernaflæste vandmålere og lækagedetektion i kommunale ejendomme");
    const running = titles.indexOf("Fjernaflæste vandmålere og lækagealarmer i sommerhusområder");
    expect(adopted).toBeGreaterThanOrEqual(0);
    expect(running).toBeGreaterThan(adopted);
    expect(res.pilots[running].matched).toEqual(res.pilots[adopted].matched);
  });
});

describe("the catalogue", () => {
  it("requires every word while five or more pilots have them all", async () => {
    const res = await catalogue(w.users.gtmMember, "sensorer data");
    expect(res.search?.mode).toBe("all");
    expect(res.total).toBeGreaterThanOrEqual(5);
    for (const h of res.hits) expect(h.matched.map((m) => m.word)).toEqual(["sensorer", "data"]);
  });

  it("also shows pilots with some of the words when fewer than five have them all, best first, and says so", async () => {
    const res = await catalogue(null, "oversvømmelse ved skybrud");
    expect(res.search?.mode).toBe("any");
    expect(res.hits.slice(0, 2).map((h) => plain(h.title))).toContain(GUDENAA);
    const gudenaa = res.hits.find((h) => plain(h.title) === GUDENAA)!;
    expect(gudenaa.decided).toBe(true);
    expect(gudenaa.matched).toEqual([{ word: "oversvømmelse", field: "title" }]);
  });

  it("marks where a word was found: the title, the problem, or the rest of the story", async () => {
    const res = await catalogue(w.users.gtmMember, "skævheder");
    expect(res.hits[0].matched).toEqual([{ word: "skævheder", field: "story" }]); // only in its stop report
    const problem = await catalogue(w.users.gtmMember, "sandsække");
    expect(problem.hits.map((h) => [plain(h.title), h.matched])).toEqual([
      [GUDENAA, [{ word: "sandsække", field: "problem" }]],
    ]);
  });
});
