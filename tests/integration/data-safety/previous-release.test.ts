// "The migrations run on a copy of a database made by the previous release without loss." The fixture
// is a backup of the demo database made by commit 6faa4a9 (the release before issue 10: migrations up
// to …_gates), written by its own seed and dumped with `npm run db:backup`; docs/reliability.md says
// how to remake it. Restoring it rebuilds that release's schema, loads its rows, then applies every
// migration added since — and every old row must still be there, column for column.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { freshDatabase } from "../db";
import type { Database } from "../../../lib/db/connect";
import { readMigrationList } from "../../../lib/db/schema-engine";

import { ident, restoreDatabase } from "../../../scripts/lib/backup";
const FIXTURE = path.join(import.meta.dirname, "fixtures", "release-6faa4a9.jsonl.gz");

type OldTable = { name: string; rows: string[] };
function readFixture(): { migrations: string[]; tables: OldTable[] } {
  const lines = gunzipSync(readFileSync(FIXTURE)).toString("utf8").split("\n").filter(Boolean);
  const header = JSON.parse(lines[0].slice(1));
  const tables: OldTable[] = [];
  for (const line of lines.slice(1)) {
    if (line.startsWith("#")) {
      const meta = JSON.parse(line.slice(1));
      if (meta.kind === "table") tables.push({ name: meta.name, rows: [] });
      continue;
    }
    tables[tables.length - 1].rows.push(line);
  }
  return { migrations: header.migrations.map((m: { migration_name: string }) => m.migration_name), tables };
}

let db: Database;
const old = readFixture();
let applied: string[];

beforeAll(async () => {
  db = await freshDatabase();
  ({ migrationsApplied: applied } = await restoreDatabase(db, FIXTURE));
}, 240_000);

describe("a database made by the previous release", () => {
  it("is brought to the current schema by exactly the migrations added since", async () => {
    const current = (await readMigrationList()).migrationDirectories.map((d) => d.path);
    expect(applied).toEqual(current.filter((m) => !old.migrations.includes(m)));
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(rows[0].n).toBe(current.length);
  });

  it("keeps every row of every table, each column's value unchanged", async () => {
    const demoRows = old.tables.filter((t) => t.name !== "_prisma_migrations");
    expect(demoRows.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(4000); // realistic data, not a toy
    for (const t of demoRows) {
      if (t.rows.length === 0) continue;
      const columns = Object.keys(JSON.parse(t.rows[0]));
      // Each current row cut down to the old columns; old rows not found among them are lost.
      const [r] = await db.prisma.$queryRawUnsafe<{ missing: number; now: number }[]>(
        `WITH old AS (SELECT e AS j FROM jsonb_array_elements($1::jsonb) e),
              cur AS (SELECT (SELECT jsonb_object_agg(k, v) FROM jsonb_each(to_jsonb(t)) AS x(k, v) WHERE k = ANY($2::text[])) AS j FROM ${ident(t.name)} t)
         SELECT (SELECT count(*) FROM (SELECT j FROM old EXCEPT ALL SELECT j FROM cur) d)::int AS missing, (SELECT count(*) FROM cur)::int AS now`,
        `[${t.rows.join(",")}]`,
        columns,
      );
      expect({ table: t.name, missing: r.missing }).toEqual({ table: t.name, missing: 0 });
      expect(r.now).toBeGreaterThanOrEqual(t.rows.length);
    }
  });

  it("is usable by the current code: pilots with their phases, money and audit trail read through Prisma", async () => {
    const pilots = await db.prisma.pilot.findMany({ include: { phases: { include: { expenses: true } } } });
    expect(pilots.length).toBeGreaterThanOrEqual(30);
    expect(pilots.some((p) => p.phases.some((ph) => ph.expenses.length > 0))).toBe(true);
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });
});
