// Lessons, stop reports and results as hits of their own (lib/search/answers.ts), with their pilot, in
// the catalogue (nested under their pilot, or listed themselves with "indhold") and in "Hvem har prøvet
// det?"; their documents kept by triggers; and their visibility: a members-only pilot's lesson never
// reaches a signed-out reader — not in the catalogue, who-tried, the export, the API or similar pilots.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { splitMarks } from "../../../lib/search/query";
import { whoTried } from "../../../lib/search/who-tried";
import { similarPilots } from "../../../lib/search/similar";
import { catalogueDownload } from "../../../lib/api/exports";
import { listAnswersResponse } from "../../../lib/api/answers";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

import { listPilotsResponse } from "../../../lib/api/pilots";
let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const plain = (s: string) =>
  splitMarks(s)
    .map((p) => p.text)
    .join("");
const catalogue = (user: SessionUser | null, q: string, extra: Record<string, string | string[]> = {}) =>
  searchCatalogue(user, parseCatalogueParams({ q, ...extra }));
const LORAWAN = "Mål LoRaWAN-dækningen, før sensorerne købes"; // a lesson of the public OS2iot platform pilot
const BINS = "Fyldningssensorer i offentlige affaldsspande"; // members-only, stopped
const CONTRACT = "Kontrakten bestemmer gevinsten"; // a lesson of BINS

describe("lessons and results as hits", () => {
  it("answers “Hvad lærte andre om LoRaWAN-dækning?” with the lesson itself, under its pilot, on both pages", async () => {
    const who = await whoTried(null, { q: "Hvad lærte andre om LoRaWAN-dækning?" });
    const platform = who.pilots.find((p) => p.title === "Fælles IoT-dataplatform for Midtjylland på OS2iot")!;
    expect(platform.answers.map((a) => [a.kind, plain(a.title)])[0]).toEqual(["lesson", LORAWAN]);
    const listed = await catalogue(null, "Hvad lærte andre om LoRaWAN-dækning?", { indhold: "erfaringer" });
    expect(listed.hits).toEqual([]);
    expect(listed.answers!.map((a) => plain(a.title))[0]).toBe(LORAWAN);
    expect(listed.answers![0].pilot.title).toBe(platform.title);
    expect(
      splitMarks(listed.answers![0].title)
        .filter((p) => p.marked)
        .map((p) => p.text.toLowerCase()),
    ).toEqual(["lorawan", "dækningen"]);
  });

  it("lists results and stop reports as their own kinds, counts each kind, and pages what it counts", async () => {
    const member = w.users.gtmMember;
    const all = await catalogue(member, "falske alarmer", { indhold: ["erfaringer", "resultater"] });
    expect(all.answers!.map((a) => a.kind)).toContain("result");
    expect(all.answers!.map((a) => plain(a.title))).toContain("Falske alarmer halveret efter ny indstilling");
    expect(all.total).toBe(all.answerCounts!.erfaringer + all.answerCounts!.resultater);
    expect(all.answers!.length).toBe(Math.min(all.total, 20));
    const results = await catalogue(member, "falske alarmer", { indhold: "resultater" });
    expect(results.answers!.every((a) => a.kind === "result")).toBe(true);
    expect(results.total).toBe(all.answerCounts!.resultater);
    const stop = await catalogue(member, "skævheder", { indhold: "erfaringer" });
    expect(stop.answers!.map((a) => [a.kind, plain(a.title)])).toEqual([
      ["stopReport", "Stoprapport: AI-forslag til visitation"],
    ]);
  });

  it("keeps each lesson's document with the lesson: edited, it is found by its new words; deleted, it is gone", async () => {
    const lesson = await db.prisma.lesson.findFirstOrThrow({ where: { title: LORAWAN }, select: { id: true } });
    await db.prisma.lesson.update({
      where: { id: lesson.id },
      data: { wouldDoDifferently: "Brug en spektrumanalysator på tagene." },
    });
    const found = await catalogue(null, "spektrumanalysator", { indhold: "erfaringer" });
    expect(found.answers!.map((a) => a.id)).toEqual([lesson.id]);
    await db.prisma.lesson.delete({ where: { id: lesson.id } });
    expect(await db.prisma.lessonSearch.count({ where: { lessonId: lesson.id } })).toBe(0);
    expect((await catalogue(null, "spektrumanalysator", { indhold: "erfaringer" })).answers).toEqual([]);
  });
});

describe("an answer is seen by exactly those who may see its pilot", () => {
  it("shows a members-only pilot's lesson to a member, never to a signed-out reader, in the catalogue or who-tried", async () => {
    const member = await catalogue(w.users.fddMember, "renovationskontrakten faste ruter", { indhold: "erfaringer" });
    expect(member.answers!.map((a) => plain(a.title))).toContain(CONTRACT);
    for (const q of ["renovationskontrakten faste ruter", "kontrakten bestemmer gevinsten", "affaldsspande"]) {
      const anon = await catalogue(null, q, { indhold: ["erfaringer", "resultater"] });
      expect(anon.answers!.map((a) => a.pilot.title)).not.toContain(BINS);
      const nested = await catalogue(null, q);
      expect(nested.hits.flatMap((h) => h.answers.map((a) => a.pilot.title))).not.toContain(BINS);
      const who = await whoTried(null, { q });
      expect(who.pilots.map((p) => p.title)).not.toContain(BINS);
    }
    // the counts do not count it either
    const counted = await catalogue(null, "kontrakten bestemmer gevinsten");
    const visibleLessons = await db.prisma.lesson.count({
      where: { title: CONTRACT, pilot: visiblePilotsWhere(null) },
    });
    expect(visibleLessons).toBe(0);
    expect((await catalogue(null, "kontrakten bestemmer gevinsten", { indhold: "erfaringer" })).total).toBe(
      counted.answerCounts!.erfaringer,
    );
  });

  it("never puts it in a signed-out reader's export", async () => {
    for (const format of ["csv", "xlsx"]) {
      const url = new URL(
        `http://localhost/api/v1/pilots/export?format=${format}&q=kontrakten+bestemmer+gevinsten&indhold=erfaringer&indhold=resultater`,
      );
      const anon = Buffer.from(await (await catalogueDownload(null, url, "da")).arrayBuffer());
      const member = Buffer.from(await (await catalogueDownload(w.users.fddMember, url, "da")).arrayBuffer());
      if (format === "csv") {
        expect(member.toString("utf8")).toContain(CONTRACT);
        expect(anon.toString("utf8")).not.toContain(CONTRACT);
        expect(anon.toString("utf8")).not.toContain(BINS);
      } else {
        expect(anon.length).toBeLessThan(member.length); // the workbook with the row is larger; its text is zipped
      }
    }
  });

  it("never gives it to a signed-out reader through the API's answers", async () => {
    const url = "http://localhost/api/v1/answers?q=kontrakten+bestemmer+gevinsten";
    type Body = { items: { kind: string; title: string; pilot: { title: string } }[]; total: number };
    const anon = (await (await listAnswersResponse(new Request(url), null)).json()) as Body;
    expect(anon.items.map((i) => i.title)).not.toContain(CONTRACT);
    expect(anon.items.map((i) => i.pilot.title)).not.toContain(BINS);
    const member = (await (await listAnswersResponse(new Request(url), w.users.fddMember)).json()) as Body;
    expect(member.items.find((i) => i.title === CONTRACT)).toMatchObject({ kind: "lesson", pilot: { title: BINS } });
    expect(member.total).toBeGreaterThan(anon.total);
  });

  it("never lists its pilot in the API's search for a signed-out reader", async () => {
    const res = await listPilotsResponse(
      new Request("http://localhost/api/v1/pilots?q=kontrakten+bestemmer+gevinsten"),
      null,
    );
    const body = (await res.json()) as { items: { title: string }[] };
    expect(body.items.map((i) => i.title)).not.toContain(BINS);
    const asMember = await listPilotsResponse(
      new Request("http://localhost/api/v1/pilots?q=kontrakten+bestemmer+gevinsten"),
      w.users.fddMember,
    );
    expect(((await asMember.json()) as { items: { title: string }[] }).items.map((i) => i.title)).toContain(BINS);
  });

  it("never shows it, or any members-only pilot, among a public pilot's similar pilots to a signed-out reader", async () => {
    const hidden = new Set(
      (await db.prisma.pilot.findMany({ where: { NOT: visiblePilotsWhere(null) }, select: { id: true } })).map(
        (p) => p.id,
      ),
    );
    const publicPilots = await db.prisma.pilot.findMany({ where: visiblePilotsWhere(null), select: { id: true } });
    let shownToMembers = 0;
    for (const p of publicPilots) {
      const shown = await similarPilots(null, p.id, 10);
      expect(shown.filter((s) => hidden.has(s.id))).toEqual([]);
      shownToMembers += (await similarPilots(w.users.fddMember, p.id, 10)).filter((s) => hidden.has(s.id)).length;
    }
    expect(shownToMembers).toBeGreaterThan(0); // members do see such pilots there: the rule, not a missing list, hides them
  });
});
