// Compounds and typos in them, on the demo data: the vocabulary split into parts with the Danish
// dictionary (lib/search/compounds.ts), a typo corrected against parts ("Mente du …?"), a later part
// found ("sensorer" → "faldsensorer"), a typed compound found with its parts apart, parts of new words
// split on the next search, and nothing told about a word only a draft has.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { splitMarks } from "../../../lib/search/query";
import { syncWordParts } from "../../../lib/search/compounds";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const search = (user: SessionUser | null, q: string) => searchCatalogue(user, parseCatalogueParams({ q }));
const titles = async (user: SessionUser | null, q: string) =>
  (await search(user, q)).hits.map((h) =>
    splitMarks(h.title)
      .map((p) => p.text)
      .join(""),
  );
const TWIN = "Digital tvilling af Aarhus Å og regnvandsbassinerne";

describe("compound parts", () => {
  it("splits the vocabulary's compounds into stemmed dictionary parts", async () => {
    await syncWordParts();
    const parts = async (word: string) =>
      (await db.prisma.searchWordPart.findMany({ where: { word }, orderBy: { position: "asc" } })).map((p) => p.part);
    expect(await parts("regnvandsbassin")).toEqual(["regnvand", "bassin"]);
    expect(await parts("faldsensor")).toEqual(["fald", "sensor"]);
    expect(await db.prisma.searchWord.count({ where: { parted: false } })).toBe(0);
  });

  it("corrects a typo of a word that exists only as the first part of compounds, and says “Mente du …?”", async () => {
    expect(await db.prisma.searchWord.count({ where: { word: "regnvand" } })).toBe(0); // only inside compounds
    const res = await search(w.users.gtmMember, "regnvnd");
    expect(res.search?.corrections).toEqual([{ word: "regnvnd", to: ["regnvand"] }]);
    expect(
      res.hits.map((h) =>
        splitMarks(h.title)
          .map((p) => p.text)
          .join(""),
      ),
    ).toContain(TWIN);
  });

  it("finds a word where it is a later part of a compound: “sensorer” finds “faldsensorer”", async () => {
    expect(await titles(w.users.gtmMember, "sensorer")).toContain("Radarbaserede faldsensorer i plejeboliger");
    expect(await titles(w.users.gtmMember, "bassiner")).toContain(TWIN);
  });

  it("finds a typed compound with its parts apart: “lækagealarm” finds leak detection that sends alarms", async () => {
    const found = await titles(w.users.gtmMember, "lækagealarm");
    expect(found[0]).toBe("Fjernaflæste vandmålere og lækagealarmer i sommerhusområder");
    expect(found).toContain("Fjernaflæste vandmålere og lækagedetektion i kommunale ejendomme");
  });

  it("splits the words of a new lesson on the next search", async () => {
    await db.prisma.lesson.create({
      data: {
        pilotId: w.publicAdopted.id,
        title: "Kontrolmålinger",
        whatWeDid: "Vi sammenlignede med DMI's målere.",
        whatWeLearned: "Tidevandsloggerne drev.",
        wouldDoDifferently: "Kalibrer oftere.",
        tags: [],
        authorId: w.users.admin.id,
      },
    });
    expect(await db.prisma.searchWord.count({ where: { parted: false } })).toBeGreaterThan(0);
    // "logger" is in no text but as the last part of "tidevandslogger"
    expect(await titles(null, "loggere")).toEqual(["Vandstandssensorer og varsling af oversvømmelse langs Gudenåen"]);
    expect(await db.prisma.searchWord.count({ where: { parted: false } })).toBe(0);
  });

  it("never suggests a part that only a hidden draft's words contain", async () => {
    await db.prisma.pilot.update({
      where: { id: w.gtmDraft.id },
      data: { problem: "Eftersyn af tage og broer kræver facadestilladser." },
    });
    // a typo of "stillads", which is then only the last part of "facadestilladser", only in the draft
    expect(await db.prisma.searchWord.count({ where: { word: { startsWith: "stillads" } } })).toBe(0);
    const outsider = await search(w.users.fddMember, "stilads");
    expect(outsider.search?.corrections).toEqual([]);
    const team = await search(w.users.viborgLead, "stilads");
    expect(team.search?.corrections).toEqual([{ word: "stilads", to: ["stillads"] }]);
    expect(team.hits.map((h) => h.id)).toContain(w.gtmDraft.id);
  });
});
