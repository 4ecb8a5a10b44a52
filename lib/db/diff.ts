// Diff the migrations folder against schema.prisma, using an in-memory PGlite as the shadow
// database. Used to write a new migration and by the test that proves the two agree.
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openSchemaEngine, readMigrationList, SCHEMA_PATH, noFilters } from "./schema-engine";

/** SQL that would bring a database migrated by the folder up to schema.prisma ("" when none). */
export async function diffMigrationsToSchema(): Promise<string> {
  const shadow = new PGlite({ extensions: { pg_trgm } });
  const factory = new PrismaPGlite(shadow);
  // The engine replays the migrations into a second, "shadow" database; the adapter's own has no
  // extensions, and a migration that creates pg_trgm must find it there too.
  const replay = new PGlite({ extensions: { pg_trgm } });
  factory.connectToShadowDb = () => new PrismaPGlite(replay).connect();
  const engine = await openSchemaEngine(factory);
  try {
    const list = await readMigrationList();
    const from = list.migrationDirectories.length ? { tag: "migrations" as const, ...list } : { tag: "empty" as const };
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (out.stdout ?? "").trim();
    return sql === "-- This is an empty migration." ? "" : sql;
  } finally {
    engine.free();
    await shadow.close();
    if (!replay.closed) await replay.close();
  }
}
