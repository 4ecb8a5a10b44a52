// KPI measurements from a spreadsheet through the real route: a 5,000-row workbook with one bad
// row stores nothing and names row and column; the good workbook stores all 5,000 in one commit,
// reporting its progress up to the last row; a CSV upload keeps its own decimal conventions.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { POST } from "../../../app/api/imports/kpis/[id]/route";
import { makeToken } from "../api/world";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { measurementWorkbook } from "../../support/import-files";

let db: Database;
let w: DemoWorld;
let kpiId: number;
let lead: string;
let member: string;

type Event = {
  type: string;
  stage?: string;
  done?: number;
  total?: number;
  errors?: { row: number; column: string; message: string }[];
  errorRows?: number;
  count?: number;
  preview?: { count: number; already: number };
};

async function upload(secret: string, file: Uint8Array | string, name: string, mode: "check" | "commit", id = kpiId) {
  const form = new FormData();
  form.set("file", new File([file as BlobPart], name));
  form.set("mode", mode);
  const res = await POST(
    new Request(`http://localhost/api/imports/kpis/${id}`, {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
      body: form,
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );
  const text = await res.text();
  const events = res.headers.get("content-type")?.includes("ndjson")
    ? text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Event)
    : [];
  return { status: res.status, events, last: events.at(-1) };
}
const stored = () => db.prisma.kpiMeasurement.count({ where: { kpiId } });

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  kpiId = (
    await db.prisma.kpi.create({
      data: {
        pilotId: w.aarhusRunning.id,
        name: "Sagsbehandlingstid",
        unit: "min",
        baseline: 60,
        direction: "LOWER_IS_BETTER",
        benefitKind: "HOURS_SAVED",
      },
    })
  ).id;
  lead = (await makeToken(w.users.gtmLead, { kind: "pilot", id: w.aarhusRunning.id }, "WRITE")).secret;
  member = (await makeToken(w.users.gtmSecretariat, { kind: "community", id: w.gtmId }, "WRITE")).secret;
}, 180_000);

describe("a 5,000-row measurements workbook", () => {
  it("with one bad row stores nothing, and reports the row (as Excel numbers it) and the column", async () => {
    const file = await measurementWorkbook(5_000, { index: 3_210, value: "tolv" });
    for (const mode of ["check", "commit"] as const) {
      const { status, last } = await upload(lead, file, "maalinger.xlsx", mode);
      expect(status).toBe(200);
      expect(last).toMatchObject({ type: "report", errorRows: 1, errors: [{ row: 3_212, column: "Værdi" }] });
      expect(last?.errors?.[0].message).toContain("tolv");
    }
    expect(await stored()).toBe(0);
  });

  it("that is good stores all 5,000 in one commit, with progress up to the last row and one audit row", async () => {
    const file = await measurementWorkbook(5_000);
    const check = await upload(lead, file, "maalinger.xlsx", "check");
    expect(check.last).toMatchObject({ type: "report", errorRows: 0, preview: { count: 5_000, already: 0 } });
    const started = Date.now();
    const { events, last } = await upload(lead, file, "maalinger.xlsx", "commit");
    console.info(`5,000-measurement import committed in ${Date.now() - started} ms`);
    expect(last).toEqual({ type: "done", count: 5_000 });
    const saves = events.filter((e) => e.stage === "save");
    expect(saves.length).toBeGreaterThan(1);
    expect(saves.at(-1)).toMatchObject({ done: 5_000, total: 5_000 });
    expect(await stored()).toBe(5_000);
    const first = await db.prisma.kpiMeasurement.findFirstOrThrow({ where: { kpiId }, orderBy: { measuredAt: "asc" } });
    expect(first).toMatchObject({
      value: 50,
      note: "Kalibreret",
      source: "IMPORT",
      measuredAt: new Date("2012-01-01T12:00:00Z"),
    });
    expect(
      await db.prisma.auditEvent.count({
        where: { entity: "Kpi", entityId: String(kpiId), action: "import-measurements" },
      }),
    ).toBe(1);
  });
});

describe("CSV uploads and refusals", () => {
  it("a comma-separated CSV keeps its decimal point; a semicolon one its thousands point", async () => {
    const comma = await upload(lead, "date,value\n2011-01-01,1.200\n", "m.csv", "check");
    const semi = await upload(lead, "dato;værdi\n2011-01-01;1.200\n", "m.csv", "check");
    expect((comma.last?.preview as unknown as { first: { value: number }[] }).first[0].value).toBe(1.2);
    expect((semi.last?.preview as unknown as { first: { value: number }[] }).first[0].value).toBe(1200);
  });

  it("somebody who is not the KPI's lead gets 403 before anything is read; nothing stored", async () => {
    const before = await stored();
    expect((await upload(member, "dato;værdi\n2011-01-01;3\n", "m.csv", "commit")).status).toBe(403);
    expect(await stored()).toBe(before);
  });
});
