// The catalogue export holds exactly what the catalogue shows for the same address (same search,
// filters, visibility and order), with headers and values in the reader's language; in the
// workbook kroner are numbers shown as kroner and dates are dates.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { GET } from "../../../app/api/v1/pilots/export/route";
import { searchCatalogue } from "../../../lib/search/catalogue";
import { parseCatalogueParams } from "../../../lib/search/params";
import { makeToken } from "../api/world";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

import { authenticateToken } from "../../../lib/api/token-auth";
let db: Database;
let w: DemoWorld;
let secretariat: string;

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  secretariat = (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "READ")).secret;
}, 180_000);

const get = (qs: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/v1/pilots/export?${qs}`, { headers }), { params: Promise.resolve({}) });
async function catalogueIds(user: Awaited<ReturnType<typeof authenticateToken>> | null, qs: string) {
  const params = parseCatalogueParams(
    Object.fromEntries(
      [...new URLSearchParams(qs)].reduce(
        (m, [k, v]) => m.set(k, [...(m.get(k) ?? []), v]),
        new Map<string, string[]>(),
      ),
    ),
  );
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const r = await searchCatalogue(user, { ...params, page });
    ids.push(...r.hits.map((h) => h.id));
    if (page >= r.pages) return ids;
  }
}
const csvIds = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => Number(l.split(";")[0]));

describe("the catalogue export", () => {
  it("holds the same pilots in the same order as the catalogue, for anonymous visitors and for the secretariat", async () => {
    for (const qs of [
      "",
      "q=sensorer",
      "status=adopted&status=active",
      "teknologi=IoT&faellesskab=govtech-midtjylland",
    ]) {
      const anonymous = await (await get(`format=csv&${qs}`)).text();
      expect(csvIds(anonymous), qs).toEqual(await catalogueIds(null, qs));
      const member = await (await get(`format=csv&${qs}`, { authorization: `Bearer ${secretariat}` })).text();
      // The token's scope narrows what its creator sees, exactly as it narrows the catalogue.
      expect(csvIds(member), qs).toEqual(await catalogueIds(await authenticateToken(secretariat), qs));
    }
    const anon = csvIds(await (await get("format=csv")).text());
    const seen = csvIds(await (await get("format=csv", { authorization: `Bearer ${secretariat}` })).text());
    expect(anon).not.toContain(w.gtmDraft.id);
    expect(seen).toContain(w.gtmDraft.id);
    expect(anon.length).toBeLessThan(seen.length);
  });

  it("is a workbook with Danish headers, kroner as numbers formatted as kroner, and dates as dates", async () => {
    const res = await get("format=xlsx&status=adopted");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="katalog-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "ID",
      "Titel",
      "Status",
      "Fællesskab",
      "Ledende organisation",
      "Fase",
      "Teknologier",
      "Områder",
      "Verdensmål",
      "Ansøgt (kr.)",
      "Bevilget (kr.)",
      "Forbrugt (kr.)",
      "Planlagt start",
      "Oprettet",
      "Adresse",
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(3).value).toBe("I drift");
    expect(typeof row.getCell(11).value).toBe("number");
    expect(row.getCell(11).numFmt).toContain("kr.");
    expect(row.getCell(13).value).toBeInstanceOf(Date);
    const id = row.getCell(1).value as number;
    const granted = await db.prisma.phase.aggregate({ where: { pilotId: id }, _sum: { granted: true } });
    expect(row.getCell(11).value).toBe(granted._sum.granted);
  });

  it("speaks English when the page does, and refuses an unknown format with 400", async () => {
    const bytes = new Uint8Array(await (await get("format=csv&status=adopted", { cookie: "locale=en" })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Danish Excel needs for æøå
    const csv = new TextDecoder().decode(bytes);
    expect(csv.split("\r\n")[0]).toBe(
      "ID;Title;Status;Community;Lead organisation;Phase;Technologies;Domains;SDGs;Requested (DKK);Granted (DKK);Spent (DKK);Planned start;Created;Address",
    );
    expect(csv).toContain(";In operation;");
    expect((await get("format=pdf")).status).toBe(400);
  });
});
