// npm run db:backup [-- --out file]: a logical backup of the configured database (embedded or server)
// to one gzip'd file (lib/db/backup.ts). With the embedded database, stop the app first: PGlite has
// no cross-process lock, so two processes must never open its data folder at once.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";

import { backupDatabase } from "./lib/backup";
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(
  outAt >= 0 && args[outAt + 1] ? args[outAt + 1] : path.join("backups", `innovationsmotor-${stamp}.jsonl.gz`),
);
mkdirSync(path.dirname(file), { recursive: true });

const db = openDatabase({ url: env.DATABASE_URL, pgliteDir });
const started = Date.now();
try {
  const summary = await backupDatabase(db, file);
  const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`backup written: ${file}`);
  console.log(
    `${db.engine} database, ${summary.tables.length} tables, ${rows} rows, ${summary.sequences} sequences, ${summary.migrations.length} migrations, ${Date.now() - started} ms`,
  );
} finally {
  await db.close();
}
