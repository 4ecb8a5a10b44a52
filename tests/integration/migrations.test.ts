import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../lib/db/diff";
import { freshDatabase } from "./db";

describe("migrations", () => {
  it("agree with schema.prisma (no drift)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 60_000);

  it("apply, and enforce the money rules in the database itself", async () => {
    const db = await freshDatabase();
    const rows = await db.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(rows[0].n)).toBeGreaterThan(0);
    const community = await db.prisma
      .$executeRaw`INSERT INTO "Region" (code, name) VALUES (1081, 'Region Nordjylland')`;
    expect(community).toBe(1);
    await expect(
      db.prisma.$executeRaw`INSERT INTO "Organisation" (kind, name, slug, population) VALUES ('KOMMUNE', 'X', 'x', -1)`,
    ).rejects.toThrow();
  }, 60_000);
});
