// The pilot import through its real route (multipart upload, NDJSON answer) with a secretariat's
// community token: a file with one bad row among many commits nothing and names the row and the
// column; the corrected file creates every pilot as a draft, with its phase plans and participants,
// under one audit row; the wrong file type, a broken workbook and a project lead are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { POST } from "../../../app/api/imports/pilots/route";
import { makeToken } from "../api/world";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { pilotCsv, pilotRow, pilotWorkbook } from "../../support/import-files";

let db: Database;
let w: DemoWorld;
let secretariat: string;
let lead: string;

type Event = {
  type: string;
  stage?: string;
  done?: number;
  total?: number;
  errors?: { row: number; column: string; message: string }[];
  errorRows?: number;
  count?: number;
  preview?: { pilots: number; phases: number; kroner: number };
};

async function upload(
  secret: string,
  file: Uint8Array | string,
  name: string,
  mode: "check" | "commit",
  community = w.gtmId,
) {
  const form = new FormData();
  form.set("file", new File([file as BlobPart], name));
  form.set("community", String(community));
  form.set("mode", mode);
  const res = await POST(
    new Request("http://localhost/api/imports/pilots", {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
      body: form,
    }),
    { params: Promise.resolve({}) },
  );
  const text = await res.text();
  const events = res.headers.get("content-type")?.includes("ndjson")
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Event)
    : [];
  return {
    status: res.status,
    events,
    last: events.at(-1),
    json: events.length
      ? null
      : (JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string> } }),
  };
}
const imported = () => db.prisma.pilot.count({ where: { title: { startsWith: "Importeret pilot" } } });

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  secretariat = (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE")).secret;
  lead = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret;
}, 180_000);

describe("a pilots file with one bad row", () => {
  it("commits nothing and reports the row by number and column, in the check and in the commit", async () => {
    const rows = Array.from({ length: 600 }, (_, i) => pilotRow(i));
    rows[417] = pilotRow(417, { "TEST.plannedEnd": "2026-12-01" }); // ends before it starts
    const file = await pilotWorkbook(rows);
    for (const mode of ["check", "commit"] as const) {
      const { status, events, last } = await upload(secretariat, file, "piloter.xlsx", mode);
      expect(status).toBe(200);
      expect(events.some((e) => e.type === "progress" && e.stage === "check")).toBe(true);
      expect(last).toMatchObject({ type: "report", errorRows: 1, errors: [{ row: 419, column: "Test: slut" }] });
      expect(last?.errors?.[0].message).toMatch(/slut|start/i);
    }
    expect(await imported()).toBe(0);
  });

  it("names every bad row and column, in the file's column order, and resolves Danish and English words", async () => {
    const rows = [
      pilotRow(1, { technologies: "Drones, Digital tvilling", domains: "Water" }),
      pilotRow(2, { leadOrganisation: "Ukendt Kommune", technologies: "Blockchain" }),
      pilotRow(3, { projectLead: "sekretariat@govtech-midt.example", "TEST.requestedGrant": "12,5" }),
      pilotRow(4, { "DEMONSTRATION.plannedStart": "2027-07-01" }),
      pilotRow(5, {
        "SCALE.plannedStart": "2028-01-01",
        "SCALE.plannedEnd": "2028-12-31",
        "SCALE.requestedGrant": 5,
        "SCALE.successCriteria": "x",
        "SCALE.killCriteria": "y",
      }),
      pilotRow(6, {
        title: "",
        "TEST.plannedStart": "",
        "TEST.plannedEnd": "",
        "TEST.requestedGrant": "",
        "TEST.successCriteria": "",
        "TEST.killCriteria": "",
      }),
    ];
    const { last } = await upload(secretariat, pilotCsv(rows), "piloter.csv", "check");
    expect(last?.errorRows).toBe(5);
    expect(last?.errors?.map((e) => `${e.row}:${e.column}`)).toEqual([
      "3:Teknologier",
      "3:Ledende organisation",
      "4:Projektleder (e-mail)",
      "4:Test: ansøgt tilskud (kr.)",
      "5:Demonstration: slut",
      "5:Demonstration: ansøgt tilskud (kr.)",
      "5:Demonstration: succeskriterier",
      "5:Demonstration: stopkriterier",
      "6:Opskalering: start",
      "7:Titel",
      "7:Test: start",
    ]);
    expect(await imported()).toBe(0);
  });
});

describe("a good pilots file", () => {
  it("creates every pilot as a draft with its phases and participants, under one audit row", async () => {
    const rows = Array.from({ length: 600 }, (_, i) =>
      pilotRow(
        i,
        i === 7
          ? {
              participants: "Viborg Kommune; 740",
              "DEMONSTRATION.plannedStart": "2027-08-01",
              "DEMONSTRATION.plannedEnd": "2028-03-31",
              "DEMONSTRATION.requestedGrant": "1.250.000 kr.",
              "DEMONSTRATION.successCriteria": "Tre bassiner",
              "DEMONSTRATION.killCriteria": "Ingen effekt",
            }
          : {},
      ),
    );
    const file = await pilotWorkbook(rows, "en");
    const check = await upload(secretariat, file, "pilots.xlsx", "check");
    expect(check.last).toMatchObject({
      type: "report",
      errorRows: 0,
      errors: [],
      preview: { pilots: 600, phases: 601 },
    });
    expect(await imported()).toBe(0);
    const started = Date.now();
    const { events, last } = await upload(secretariat, file, "pilots.xlsx", "commit");
    console.info(`600-pilot import committed in ${Date.now() - started} ms`);
    expect(last).toEqual({ type: "done", count: 600 });
    expect(events.filter((e) => e.stage === "save").at(-1)).toMatchObject({ done: 600, total: 600 });
    expect(await imported()).toBe(600);
    const seventh = await db.prisma.pilot.findFirstOrThrow({
      where: { title: "Importeret pilot nr. 7" },
      select: {
        status: true,
        visibility: true,
        projectLeadId: true,
        technologies: true,
        domains: true,
        sdgs: true,
        participants: { select: { organisation: { select: { name: true } } } },
        phases: {
          select: { kind: true, requestedGrant: true, granted: true, plannedEnd: true },
          orderBy: { kind: "asc" },
        },
      },
    });
    expect(seventh).toMatchObject({
      status: "DRAFT",
      visibility: "PUBLIC",
      projectLeadId: w.users.gtmLead.id,
      technologies: ["IoT", "GIS/geodata"],
      domains: ["vand", "klima"],
      sdgs: [6, 13],
    });
    expect(seventh.participants.map((p) => p.organisation.name).sort()).toEqual(["Aarhus", "Silkeborg", "Viborg"]);
    expect(seventh.phases).toEqual([
      { kind: "TEST", requestedGrant: 100_007, granted: 0, plannedEnd: new Date("2027-06-30T00:00:00Z") },
      { kind: "DEMONSTRATION", requestedGrant: 1_250_000, granted: 0, plannedEnd: new Date("2028-03-31T00:00:00Z") },
    ]);
    const audit = await db.prisma.auditEvent.findMany({ where: { action: "import-pilots" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: w.users.gtmSecretariat.id,
      communityId: w.gtmId,
      after: expect.objectContaining({ pilots: 600, phases: 601 }),
    });
  });
});

describe("refusals", () => {
  it("a file that is not a spreadsheet, or a broken workbook, is a 400 on the file field", async () => {
    const pdf = await upload(secretariat, "%PDF-1.4", "piloter.pdf", "check");
    expect(pdf.status).toBe(400);
    expect(pdf.json?.error.fields?.file).toMatch(/\.xlsx/);
    const broken = await upload(
      secretariat,
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      "piloter.xlsx",
      "check",
    );
    expect(broken.status).toBe(400);
    expect(broken.json?.error.fields?.file).toMatch(/Excel/);
  });

  it("a project lead is not the secretariat: 403, nothing created", async () => {
    const before = await db.prisma.pilot.count();
    const res = await upload(lead, await pilotWorkbook([pilotRow(9_001)]), "piloter.xlsx", "commit");
    expect(res.status).toBe(403);
    expect(await db.prisma.pilot.count()).toBe(before);
  });
});
