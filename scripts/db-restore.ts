// npm run db:restore -- <file> [--force]: restores a backup made by `npm run db:backup` (from either
// engine) into the configured database, then applies any newer migrations. Refuses a database that
// holds data unless --force, which replaces everything in it. Stop the app first.
import path from "node:path";
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";

import { RestoreRefused, restoreDatabase } from "./lib/backup";
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run db:restore -- <backup file> [--force]");
  process.exit(2);
}

const db = openDatabase({ url: env.DATABASE_URL, pgliteDir });
const started = Date.now();
try {
  const result = await restoreDatabase(db, path.resolve(file), { force: args.includes("--force") });
  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `restored ${rows} rows in ${result.tables.length} tables into the ${db.engine} database, every table's checksum verified, ${Date.now() - started} ms`,
  );
  if (result.migrationsApplied.length)
    console.log(`then applied newer migrations: ${result.migrationsApplied.join(", ")}`);
} catch (err) {
  if (!(err instanceof RestoreRefused)) throw err;
  console.error(`restore refused: ${err.message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
