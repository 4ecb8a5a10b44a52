// The search document is kept by the database's triggers, whatever writes the rows: a new lesson makes
// its pilot findable at once, an edit replaces the old words, a deletion removes them, and results,
// gate decisions and the pilot's own texts count too. The vocabulary (SearchWord) follows.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const found = async (q: string) =>
  (await searchCatalogue(w.users.admin, parseCatalogueParams({ q }))).hits.map((h) => h.id);
const known = async (word: string) => (await db.prisma.searchWord.findUnique({ where: { word } }))?.ndoc ?? 0;

describe("the search index follows the data", () => {
  it("has a document for every pilot after the seed", async () => {
    expect(await db.prisma.pilotSearch.count()).toBe(await db.prisma.pilot.count());
  });

  it("makes a pilot findable by a new lesson, follows an edit, and forgets a deleted one", async () => {
    const pilot = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: w.aarhusRunning.id },
      select: { id: true, projectLeadId: true },
    });
    expect(await found("kvanteradar")).toEqual([]);
    const lesson = await db.prisma.lesson.create({
      data: {
        pilotId: pilot.id,
        title: "Kvanteradaren skuffede",
        whatWeDid: "Vi prøvede en kvanteradar.",
        whatWeLearned: "Den målte ikke bedre.",
        wouldDoDifferently: "Købe færdigt udstyr.",
        tags: ["udstyr"],
        authorId: pilot.projectLeadId,
      },
    });
    expect(await found("kvanteradarer")).toEqual([pilot.id]);
    expect(await known("kvanteradar")).toBe(1);

    await db.prisma.lesson.update({
      where: { id: lesson.id },
      data: { title: "Solcelletaget skuffede", whatWeDid: "Vi prøvede et solcelletag." },
    });
    expect(await found("kvanteradar")).toEqual([]);
    expect(await known("kvanteradar")).toBe(0); // gone from the vocabulary with its last pilot
    expect(await found("solcelletag")).toEqual([pilot.id]);

    await db.prisma.lesson.delete({ where: { id: lesson.id } });
    expect(await found("solcelletag")).toEqual([]);
  });

  it("indexes new results, gate rationales and the pilot's own text", async () => {
    const phase = await db.prisma.phase.findFirstOrThrow({
      where: { pilotId: w.aarhusRunning.id },
      select: { id: true },
    });
    const author = (
      await db.prisma.pilot.findUniqueOrThrow({ where: { id: w.aarhusRunning.id }, select: { projectLeadId: true } })
    ).projectLeadId;
    await db.prisma.resultEntry.create({
      data: {
        phaseId: phase.id,
        kind: "MEASUREMENT",
        occurredOn: new Date("2026-11-01"),
        title: "Målt med lydfyrtårn",
        body: "Første måling.",
        createdById: author,
      },
    });
    expect(await found("lydfyrtårnet")).toEqual([w.aarhusRunning.id]);

    await db.prisma.pilot.update({
      where: { id: w.publicAdopted.id },
      data: { hypothesis: "Sensorer langs åen og et fælles isvarsel giver vagthavende tid til at handle." },
    });
    expect(await found("isvarsel")).toEqual([w.publicAdopted.id]);

    const review = await db.prisma.gateReview.findFirstOrThrow({
      where: { decision: null },
      select: { id: true, phase: { select: { pilotId: true } } },
    });
    await db.prisma.gateDecision.create({
      data: {
        reviewId: review.id,
        outcome: "REVISE",
        rationale: "Styregruppen ønsker en ny mælkebøttetest.",
        decidedById: author,
      },
    });
    expect(await found("mælkebøttetesten")).toEqual([review.phase.pilotId]);
  });

  it("keeps a document correct when two transactions add lessons to one pilot at once", async () => {
    const pilot = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: w.publicAdopted.id },
      select: { id: true, projectLeadId: true },
    });
    const add = (word: string) =>
      db.prisma.$transaction(async (tx) => {
        await tx.lesson.create({
          data: {
            pilotId: pilot.id,
            title: word,
            whatWeDid: word,
            whatWeLearned: "-",
            wouldDoDifferently: "-",
            tags: [],
            authorId: pilot.projectLeadId,
          },
        });
        await new Promise((r) => setTimeout(r, 50)); // hold the transaction open while the other one writes
      });
    await Promise.all([add("pelikanmetoden"), add("flamingometoden")]);
    expect(await found("pelikanmetoden")).toEqual([pilot.id]);
    expect(await found("flamingometoden")).toEqual([pilot.id]);
  });
});
