// The app's embedded database runs on a worker thread (lib/db/pglite-thread.ts). What the app relies
// on must hold across the thread boundary exactly as in process: a transaction
// commits or rolls back as a whole and holds the database while open, and a constraint violation
// reaches the domain code as the same Prisma error (P2002, which lib/ turns into Danish messages).
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openEmbeddedThread, type Database } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";
import { Prisma } from "../../lib/generated/prisma/client";

const dir = mkdtempSync(path.join(tmpdir(), "innovationsmotor-thread-"));
let db: Database;
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("embedded PostgreSQL on its own thread", () => {
  // Reopening a folder and full-text search on the thread: tests/integration/embedded-persistence.test.ts.
  it("migrates and applies the planner settings of every session (lib/db/connect.ts) on the thread", async () => {
    db = openEmbeddedThread(path.join(dir, "a"));
    expect((await migrateDatabase(db)).length).toBeGreaterThan(0);
    const [{ cost }] = await db.prisma.$queryRaw<
      { cost: string }[]
    >`SELECT current_setting('random_page_cost') AS cost`;
    expect(cost).toBe("1.1");
  }, 120_000);

  it("commits and rolls back whole transactions, holds the database while one is open, and reports violations as Prisma errors", async () => {
    await db.prisma.region.createMany({
      data: [
        { code: 1081, name: "Region Nordjylland" },
        { code: 1082, name: "Region Midtjylland" },
      ],
    });

    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.region.create({ data: { code: 1083, name: "Region Syddanmark" } });
        throw new Error("afbrudt");
      }),
    ).rejects.toThrow("afbrudt");
    expect(await db.prisma.region.findUnique({ where: { code: 1083 } })).toBeNull();

    // A read sent while a transaction is open waits for it, and then sees its committed row.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const writing = db.prisma.$transaction(async (tx) => {
      await tx.region.create({ data: { code: 1084, name: "Region Hovedstaden" } });
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    const reading = db.prisma.region.count();
    release();
    await writing;
    expect(await reading).toBe(3);

    const duplicate = await db.prisma.region
      .create({ data: { code: 1082, name: "Igen" } })
      .then(() => null)
      .catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((duplicate as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  }, 120_000);
});
