// The Danish search on the demo data: inflections, typos, words only a stop report contains, ranking,
// highlighted snippets, the API on the same search, and visibility — on PGlite and (TEST_DATABASE_URL)
// on a PostgreSQL server alike.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import type { SessionUser } from "../../../lib/auth/session";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { MARK_START, MARK_END, splitMarks } from "../../../lib/search/query";
import { apiRoute } from "../../../lib/api/handler";
import { checked } from "../api/contract";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

import { listPilotsResponse } from "../../../lib/api/pilots";
let db: Database;
let w: DemoWorld;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const search = (user: SessionUser | null, q: string, extra: Record<string, string | string[]> = {}) =>
  searchCatalogue(user, parseCatalogueParams({ q, ...extra }));
const titles = async (user: SessionUser | null, q: string) =>
  (await search(user, q)).hits.map((h) =>
    splitMarks(h.title)
      .map((p) => p.text)
      .join(""),
  );
const marked = (s: string) =>
  splitMarks(s)
    .filter((p) => p.marked)
    .map((p) => p.text.toLowerCase());

const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen";
const METERS = "Fjernaflæste vandmålere og lækagealarmer i sommerhusområder";
const VISITATION = "AI-forslag til visitation af hjemmehjælp"; // FDD, stopped, the bias is only in its stop report

describe("Danish words", () => {
  it("finds a pilot about a måler by “målerne”, and every form of the word finds the same pilots", async () => {
    expect(await titles(w.users.gtmMember, "målerne")).toContain(METERS);
    // The same pilots, every page of them: the order among equally ranked hits is the engine's, and
    // with more hits than a page (the demo now has 26) a tie may fall either side of the page break.
    const every = async (q: string) => {
      const pages = await Promise.all(["1", "2"].map((side) => search(w.users.gtmMember, q, { side })));
      expect(pages[0].total).toBeLessThanOrEqual(2 * pages[0].hits.length);
      return pages.flatMap((p) => p.hits.map((h) => h.id)).sort((a, b) => a - b);
    };
    const forms = await Promise.all(["målerne", "måler", "målere", "MÅLERE"].map(every));
    for (const f of forms) expect(f).toEqual(forms[0]);
  });

  it("finds a pilot about an oversvømmelse by “oversvømmelser”, title hits first", async () => {
    const hits = await titles(null, "oversvømmelser");
    expect(hits[0]).toBe(GUDENAA);
  });

  it("finds “vandstand” from the typo “vandstnd”, and says what it searched for", async () => {
    const res = await search(w.users.fddMember, "vandstnd");
    expect(
      res.hits.map((h) =>
        splitMarks(h.title)
          .map((p) => p.text)
          .join(""),
      ),
    ).toContain(GUDENAA);
    expect(res.search?.corrections).toEqual([{ word: "vandstnd", to: ["vandstand"] }]);
    expect(await titles(w.users.fddMember, "oversvømelse")).toContain(GUDENAA); // a letter missing
  });

  it("finds a compound by its first part: “parkering” finds “parkeringssensorer”", async () => {
    expect((await titles(null, "parkering"))[0]).toBe("Parkeringssensorer og data om ledige pladser i bymidten");
  });

  it("finds a stopped pilot of another community by the words of its stop report, with the excerpt from it", async () => {
    const res = await search(w.users.gtmMember, "skævheder");
    expect(res.total).toBe(1);
    const [hit] = res.hits;
    expect(hit.status).toBe("STOPPED");
    expect(hit.community.slug).toBe("faellesskab-for-dynamiske-data");
    expect(hit.snippetSource).toBe("stopReport");
    expect(new Set(marked(hit.snippet))).toEqual(new Set(["skævheder"]));
    expect(
      splitMarks(hit.title)
        .map((p) => p.text)
        .join(""),
    ).toBe(VISITATION);
  });

  it("needs every word, and falls back to any of them (saying so) when fewer than five pilots have them all", async () => {
    const both = await search(w.users.gtmMember, "parkering sensorer data");
    expect(both.search?.mode).toBe("any"); // one pilot has all three
    expect(
      both.hits.map((h) =>
        splitMarks(h.title)
          .map((p) => p.text)
          .join(""),
      )[0],
    ).toBe("Parkeringssensorer og data om ledige pladser i bymidten");
    expect((await search(w.users.gtmMember, "sensorer data")).search?.mode).toBe("all");
    const loose = await search(null, "vandstand xylofonkoncert");
    expect(loose.search?.mode).toBe("any");
    expect(loose.hits.map((h) => h.id)).toContain(w.publicAdopted.id);
    expect((await search(null, "og i til")).search?.match).toBeNull(); // only stop words: no text condition
  });
});

describe("ranking and snippets", () => {
  it("ranks a title hit above pilots that only mention the word in passing", async () => {
    const res = await search(w.users.admin, "gadebelysning");
    expect(
      splitMarks(res.hits[0].title)
        .map((p) => p.text)
        .join(""),
    ).toBe("Adaptiv gadebelysning, der dæmpes efter trafikken");
    expect(marked(res.hits[0].title)).toEqual(["gadebelysning"]);
  });

  it("marks matches with the markers only, never with HTML, and ignores markers in stored text", async () => {
    const pilot = await db.prisma.pilot.findUniqueOrThrow({
      where: { id: w.publicAdopted.id },
      select: { id: true, projectLeadId: true },
    });
    await db.prisma.lesson.create({
      data: {
        pilotId: pilot.id,
        title: "Tegn i teksten",
        whatWeDid: `Vi skrev <script>alert(1)</script> og ${MARK_START}falsk${MARK_END} i en zebrafisk-rapport.`,
        whatWeLearned: "Tekst er tekst.",
        wouldDoDifferently: "Intet.",
        tags: [],
        authorId: pilot.projectLeadId,
      },
    });
    const [hit] = (await search(null, "zebrafisk")).hits;
    expect(hit.snippetSource).toBe("lessons");
    expect(marked(hit.snippet)).toEqual(["zebrafisk"]);
    expect(hit.snippet).not.toContain("<mark>");
    expect(hit.snippet).not.toContain(`${MARK_START}falsk`);
  });
});

describe("visibility", () => {
  it("never shows an outsider a draft, in hits or in counts", async () => {
    for (const user of [null, w.users.fddMember, w.users.gtmMember]) {
      const res = await search(user, "droneinspektion");
      expect(res.total).toBe(0);
      expect(res.hits).toEqual([]);
      expect(Object.values(res.facets).flat()).toEqual([]);
      expect(res.search?.corrections).toEqual([]);
      const typo = await search(user, "droneinspektin"); // the vocabulary knows the draft's word; nobody is told
      expect(typo.total).toBe(0);
      expect(typo.search?.corrections).toEqual([]);
    }
    expect((await search(w.users.viborgLead, "droneinspektion")).hits.map((h) => h.id)).toEqual([w.gtmDraft.id]);
    expect((await search(w.users.viborgLead, "droneinspektin")).search?.corrections).toEqual([
      { word: "droneinspektin", to: ["droneinspektion"] },
    ]);
  });

  it("gives anonymous visitors public shared pilots only", async () => {
    const res = await search(null, "");
    expect(res.total).toBe(
      await db.prisma.pilot.count({
        where: { visibility: "PUBLIC", status: { in: ["ACTIVE", "STOPPED", "ADOPTED"] } },
      }),
    );
    const ids = (await search(null, "sensorer")).hits.map((h) => h.id);
    const rows = await db.prisma.pilot.findMany({
      where: { id: { in: ids } },
      select: { visibility: true, status: true },
    });
    expect(rows.every((r) => r.visibility === "PUBLIC" && ["ACTIVE", "STOPPED", "ADOPTED"].includes(r.status))).toBe(
      true,
    );
  });
});

describe("GET /api/v1/pilots?q=", () => {
  it("returns the catalogue's pilots in the catalogue's order, in the list shape", async () => {
    const url = "http://localhost/api/v1/pilots?q=m%C3%A5lerne&pageSize=100";
    const res = await checked(
      "GET",
      url,
      apiRoute((req) => listPilotsResponse(req, w.users.gtmMember))(new Request(url), {}),
    ); // and against the OpenAPI document
    const body = await res.json();
    const catalogue = await search(w.users.gtmMember, "målerne");
    expect(body.total).toBe(catalogue.total);
    expect(body.items.slice(0, catalogue.hits.length).map((p: { id: number }) => p.id)).toEqual(
      catalogue.hits.map((h) => h.id),
    );
    expect(Object.keys(body.items[0]).sort()).toEqual([
      "community",
      "currentPhase",
      "id",
      "leadOrganisation",
      "status",
      "title",
      "visibility",
    ]);
  });
});
