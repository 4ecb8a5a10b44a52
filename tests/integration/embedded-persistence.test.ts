import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbedded, openEmbeddedThread } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";

// The demo's promise: what is entered survives a stop and a start of the embedded database.
const dir = mkdtempSync(path.join(tmpdir(), "innovationsmotor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// In process (scripts, tests) and on its own thread (the app, decision 0034): the same promise.
describe.each([
  ["in process", openEmbedded],
  ["on its own thread", openEmbeddedThread],
])("embedded PostgreSQL in a folder, %s", (name, open) => {
  it("keeps data across a close and a reopen, and migrations are not applied twice", async () => {
    const folder = path.join(dir, name, "pglite");
    const first = open(folder);
    expect((await migrateDatabase(first)).length).toBeGreaterThan(0);
    await first.prisma.region.create({ data: { code: 1081, name: "Region Nordjylland" } });
    await first.close();

    const second = open(folder);
    expect(await migrateDatabase(second)).toEqual([]);
    expect(await second.prisma.region.findUnique({ where: { code: 1081 } })).toEqual({
      code: 1081,
      name: "Region Nordjylland",
    });
    const [{ stem }] = await second.prisma.$queryRaw<
      { stem: string }[]
    >`SELECT to_tsvector('danish', 'Kommunerne tester teknologierne')::text AS stem`;
    expect(stem).toBe("'kommun':1 'teknologi':3 'test':2");
    await second.close();
  }, 60_000);
});
