// Each integration test file gets its own fresh PostgreSQL: an in-memory PGlite with the migrations
// applied, or — when TEST_DATABASE_URL is set (CI) — a fresh database on that server. Both start from
// the copy global-setup.ts migrated once; migrateDatabase then finds nothing left to apply.
import { readFileSync } from "node:fs";
import { afterAll, inject } from "vitest";
import { randomBytes } from "node:crypto";
import { openEmbedded, openServer, pgConfig, type Database } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";
import pg from "pg";

let serverDatabaseUrl: string | undefined;

/**
 * A second app instance on the same database (its own client and connection pool), for the rules that
 * must hold across instances. Only on a server: the embedded database is one process's.
 */
export function secondInstance(): Database | null {
  if (!serverDatabaseUrl) return null;
  const db = openServer(serverDatabaseUrl);
  afterAll(() => db.close());
  return db;
}

export async function freshDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let db: Database;
  let dropDb: (() => Promise<void>) | undefined;
  if (serverUrl) {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(pgConfig(serverUrl));
    await admin.connect();
    const migrated = inject("migrated");
    const template = migrated.kind === "server" ? ` TEMPLATE ${migrated.template}` : "";
    await admin.query(`CREATE DATABASE ${name}${template}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    serverDatabaseUrl = u.toString();
    db = openServer(serverDatabaseUrl);
    dropDb = async () => {
      const c = new pg.Client(pgConfig(serverUrl));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const migrated = inject("migrated");
    db = openEmbedded(undefined, migrated.kind === "embedded" ? new Blob([readFileSync(migrated.file)]) : undefined);
  }
  await migrateDatabase(db);
  // Domain code reaches the database through lib/db.ts, which keeps its one client here.
  (globalThis as { __innovationsmotorDb?: Database }).__innovationsmotorDb = db;
  afterAll(async () => {
    await db.close();
    await dropDb?.();
  });
  return db;
}
