// The dashboard makes a fixed number of SQL statements whatever the number of pilots (issue 7):
// counted at the demo size and again after the demo's pilots, with their phases, pledges, KPIs,
// measurements and gate reviews, were copied four times over in SQL.
import { beforeAll, expect, it } from "vitest";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { loadSummary, SUMMARY_QUERIES } from "../../../lib/portfolio/summary";
import { loadFilterOptions } from "../../../lib/portfolio/options";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let db: Database;
let w: DemoWorld;
let statements: string[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
  // A second client on the same adapter that reports every statement; lib/db.ts is pointed at it.
  const counting = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  counting.$on("query", (e) => statements.push(e.query));
  (globalThis as { __innovationsmotorDb?: Database }).__innovationsmotorDb = { ...db, prisma: counting };
}, 180_000);

async function count(fn: () => Promise<unknown>): Promise<number> {
  statements = [];
  await fn();
  return statements.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE)/i.test(q.trim())).length;
}

const dashboard = () => Promise.all([loadFilterOptions(), loadSummary(w.users.admin, {})]);

/** Copies every table's rows with their ids shifted by `k * step`, so references stay consistent. */
async function copyDemo(k: number) {
  const step = 100_000 * k;
  const copy = async (table: string, shifted: string[]) => {
    const cols = await db.prisma.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position`,
      table,
    );
    const names = cols.map((c) => `"${c.column_name}"`);
    const values = cols.map((c) =>
      shifted.includes(c.column_name) ? `"${c.column_name}" + ${step}` : `"${c.column_name}"`,
    );
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names.join(", ")}) SELECT ${values.join(", ")} FROM "${table}" WHERE id < 100000`,
    );
  };
  await copy("Pilot", ["id"]);
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "PilotParticipant" ("pilotId", "organisationId") SELECT "pilotId" + ${step}, "organisationId" FROM "PilotParticipant" WHERE "pilotId" < 100000`,
  );
  await copy("Phase", ["id", "pilotId"]);
  await copy("Pledge", ["id", "phaseId"]);
  await copy("Kpi", ["id", "pilotId"]);
  await db.prisma.$executeRawUnsafe(
    `INSERT INTO "KpiTarget" ("kpiId", "phaseId", target) SELECT "kpiId" + ${step}, "phaseId" + ${step}, target FROM "KpiTarget" WHERE "kpiId" < 100000`,
  );
  await copy("KpiMeasurement", ["id", "kpiId"]);
  await copy("GateReview", ["id", "phaseId"]);
}

// The demo's 33 pilots, its tripwire pilot and the pilot draft made from an idea (the front door).
const DEMO_PILOTS = 35;

it("runs the same number of statements at the demo size and at five times the pilots", async () => {
  const small = await count(dashboard);
  expect(small).toBe(SUMMARY_QUERIES);

  for (const k of [1, 2, 3, 4]) await copyDemo(k);
  expect(await db.prisma.pilot.count()).toBe(DEMO_PILOTS * 5);
  const large = await count(dashboard);
  expect(large).toBe(small);
  expect((await loadSummary(w.users.admin, {})).funnel.pilots).toBe(DEMO_PILOTS * 5);
}, 120_000);

it("runs a fixed number of statements for every viewer and filter", async () => {
  for (const [user, f] of [
    [null, {}],
    [w.users.gtmMember, { year: 2025 }],
    [w.users.fddLead, { community: "govtech-midtjylland", technology: "IoT" }],
  ] as const) {
    expect(await count(() => Promise.all([loadFilterOptions(), loadSummary(user, f)]))).toBe(SUMMARY_QUERIES);
  }
});
