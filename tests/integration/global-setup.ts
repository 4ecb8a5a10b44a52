// Migrates one database before the integration files run; each file then starts from a copy of it
// (tests/integration/db.ts). Creating an embedded cluster and applying every migration cost about
// 4 s a file on an idle machine (initdb in WebAssembly is most of it), a copy well under one.
// Embedded: a PGlite data folder dumped to a file. Server (TEST_DATABASE_URL): a template database.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openEmbedded, openServer, pgConfig } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding a migrated PGlite data folder, or the name of a migrated template database. */
    migrated: { kind: "embedded"; file: string } | { kind: "server"; template: string };
  }
}

async function onServer(serverUrl: string, sql: string) {
  const admin = new pg.Client(pgConfig(serverUrl));
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `tmpl_${randomBytes(6).toString("hex")}`;
    await onServer(serverUrl, `CREATE DATABASE ${template}`);
    const u = new URL(serverUrl);
    u.pathname = `/${template}`;
    const db = openServer(u.toString());
    try {
      await migrateDatabase(db);
    } finally {
      await db.close();
    }
    // A template must have no open connection while it is copied; the pool may keep one a moment.
    await onServer(
      serverUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${template}' AND pid <> pg_backend_pid()`,
    );
    project.provide("migrated", { kind: "server", template });
    return () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  }
  const db = openEmbedded();
  const folder = mkdtempSync(path.join(os.tmpdir(), "innovationsmotor-migrated-"));
  const file = path.join(folder, "pgdata.tar");
  try {
    await migrateDatabase(db);
    writeFileSync(file, Buffer.from(await (await db.snapshot!()).arrayBuffer()));
  } finally {
    await db.close();
  }
  project.provide("migrated", { kind: "embedded", file });
  return () => rmSync(folder, { recursive: true, force: true });
}
