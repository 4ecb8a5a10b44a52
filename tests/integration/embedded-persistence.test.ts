import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbedded } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";

// The demo's promise: what is entered survives a stop and a start of the embedded database.
const dir = mkdtempSync(path.join(tmpdir(), "innovationsmotor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded PostgreSQL in a folder", () => {
  it("keeps data across a close and a reopen, and migrations are not applied twice", async () => {
    const folder = path.join(dir, "nested", "pglite");
    const first = openEmbedded(folder);
    expect((await migrateDatabase(first)).length).toBeGreaterThan(0);
    await first.prisma.region.create({ data: { code: 1081, name: "Region Nordjylland" } });
    await first.close();

    const second = openEmbedded(folder);
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
