// npm run db:backup / db:restore: a backup of the demo data (plus edge-case values) restores into an
// empty database — the other engine as well — with every table's rows, content checksum and every
// sequence identical; a database holding data is refused without --force; a damaged file changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase } from "../db";
import { openEmbedded, type Database } from "../../../lib/db/connect";
import { seedReference } from "../../../prisma/seed/reference";
import { seedDemo } from "../../../prisma/seed/demo";

import { backupDatabase, fingerprint, restoreDatabase, RestoreRefused } from "../../../scripts/lib/backup";
let source: Database;
let target: Database;
const dir = mkdtempSync(path.join(tmpdir(), "backup-test-"));
const file = path.join(dir, "demo.jsonl.gz");
let before: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  source = await freshDatabase();
  await seedReference(source.prisma);
  await seedDemo(source.prisma);
  // Values that break naive dumps: quotes, newlines, emoji, JSON with unicode escapes, a float's last digits.
  const actor = await source.prisma.user.findFirstOrThrow({ orderBy: { id: "asc" } });
  await source.prisma.auditEvent.create({
    data: {
      actorId: actor.id,
      entity: "Test",
      entityId: "ÆØÅ",
      action: "edge",
      after: { text: 'line\nbreak "quoted" 😀 \u00e6 \\ back', n: 0.1 + 0.2, nested: [1, null, true] },
    },
  });
  await source.prisma.$executeRawUnsafe(`SELECT nextval('"SignInFailure_id_seq"')`); // a sequence ahead of its table
  before = await fingerprint(source.prisma);
  await backupDatabase(source, file);
  target = await freshDatabase(); // migrated, no data: counts as empty
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("restores every row, checksum and sequence into an empty (migrated) database", async () => {
    const result = await restoreDatabase(target, file);
    expect(result.migrationsApplied).toEqual([]);
    const after = await fingerprint(target.prisma);
    expect(after).toEqual(before);
    const byName = Object.fromEntries(after.tables.map((t) => [t.name, t.rows]));
    expect(byName.Pilot).toBeGreaterThanOrEqual(30);
    expect(byName.AuditEvent).toBeGreaterThan(0);
    expect(byName.PilotSearch).toBe(byName.Pilot); // search documents restored as they were, not rebuilt
  });

  it("keeps the audit trail append-only after a restore (its trigger is back on)", async () => {
    await expect(target.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(target.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it("continues the sequences where the source stood: a new row gets the next id, not a taken one", async () => {
    const maxBefore = await source.prisma.auditEvent.aggregate({ _max: { id: true } });
    const created = await target.prisma.auditEvent.create({
      data: { entity: "Test", entityId: "1", action: "after-restore" },
    });
    expect(created.id).toBe((maxBefore._max.id ?? 0) + 1);
  });

  it("refuses to restore over a database that holds data, and changes nothing", async () => {
    const now = await fingerprint(target.prisma);
    await expect(restoreDatabase(target, file)).rejects.toBeInstanceOf(RestoreRefused);
    expect(await fingerprint(target.prisma)).toEqual(now);
  });

  it("replaces the data with --force", async () => {
    await restoreDatabase(target, file, { force: true });
    expect(await fingerprint(target.prisma)).toEqual(before);
  });

  it("refuses a truncated or miscounted file before touching the database, even with --force", async () => {
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    const truncated = path.join(dir, "truncated.jsonl.gz");
    writeFileSync(truncated, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join("\n")));
    const missingRow = path.join(dir, "missing-row.jsonl.gz");
    const firstRow = lines.findIndex((l) => l.startsWith("{"));
    writeFileSync(missingRow, gzipSync(lines.filter((_, i) => i !== firstRow).join("\n")));
    for (const bad of [truncated, missingRow]) {
      await expect(restoreDatabase(target, bad, { force: true })).rejects.toBeInstanceOf(RestoreRefused);
      expect(await fingerprint(target.prisma)).toEqual(before);
    }
  });

  it("restores into a blank embedded database (no schema at all): a server backup moves to PGlite and back", async () => {
    const blank = openEmbedded();
    try {
      await restoreDatabase(blank, file);
      expect(await fingerprint(blank.prisma)).toEqual(before);
    } finally {
      await blank.close();
    }
  });
});
