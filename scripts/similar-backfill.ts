// npm run similar:backfill [-- --database-url postgresql://… --sessions 2]
// Computes every pilot's stored "similar pilots" list (lib/search/similar-backfill.ts) in a database
// that already has pilots: after the migration that added the lists, or to renew them all at once.
// Without it, lists are computed on each pilot's first view. Without a URL: the embedded database.
import { parseArgs } from "node:util";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { env, pgliteDir } from "../lib/env";
import { backfillSimilar, type RawSession } from "../lib/search/similar-backfill";

const { values } = parseArgs({
  options: { "database-url": { type: "string" }, sessions: { type: "string", default: "2" } },
});
const url = values["database-url"] ?? env.DATABASE_URL;
const started = Date.now();
const closers: (() => Promise<void>)[] = [];
let sessions: RawSession[];
let idsOf: () => Promise<{ min: number; max: number }>;
if (url) {
  const clients = await Promise.all(
    Array.from({ length: Math.max(1, Number(values.sessions)) }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      closers.push(() => c.end());
      return c;
    }),
  );
  sessions = clients.map((c) => ({
    exec: async (s: string) => void (await c.query(s)),
    rows: async <T>(s: string) => (await c.query(s)).rows as T[],
  }));
  idsOf = async () =>
    (await clients[0].query(`SELECT coalesce(min(id), 0) AS min, coalesce(max(id), -1) AS max FROM "Pilot"`)).rows[0];
} else {
  // PGlite is one connection: one session.
  const db = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm } });
  closers.push(() => db.close());
  sessions = [
    { exec: async (s) => void (await db.exec(s)), rows: async <T>(s: string) => (await db.query<T>(s)).rows },
  ];
  idsOf = async () =>
    (
      await db.query<{ min: number; max: number }>(
        `SELECT coalesce(min(id), 0) AS min, coalesce(max(id), -1) AS max FROM "Pilot"`,
      )
    ).rows[0];
}
try {
  const ids = await idsOf();
  await backfillSimilar(sessions, ids, {
    onChunk: (done, total) =>
      done % 10 === 0 && console.log(`  ${done}/${total} chunks, ${((Date.now() - started) / 1000).toFixed(0)} s`),
  });
  await sessions[0].exec(`ANALYZE "SimilarPilot", "SimilarPilotList"`);
  console.log(`› similar pilots: every list computed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  for (const close of closers) await close();
}
