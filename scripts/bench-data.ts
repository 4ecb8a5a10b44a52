// npm run bench:data -- --pilots 20000 [--seed 9] [--users N] [--database-url postgresql://…]
// Deterministic benchmark data, written with set-based SQL (INSERT … SELECT generate_series) in one
// transaction: migrations, reference and demo data first (so the demo logins work), then the ten
// extra communities, users, pilots and their history on top. Without a URL: the embedded database in
// DATA_DIR (default .data). Refuses a database that already holds generated data.
import { parseArgs } from "node:util";
import bcrypt from "bcryptjs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";
import { prepareDatabase } from "../lib/db/prepare";
import { DEMO_PASSWORD } from "../prisma/seed/demo";
import { backfillSimilar, type RawSession } from "../lib/search/similar-backfill";

import { generationSteps, LAYOUT_SQL, planLayout } from "./lib/bench/generate";
const { values } = parseArgs({
  options: {
    pilots: { type: "string", default: "20000" },
    seed: { type: "string", default: "9" },
    users: { type: "string" },
    "database-url": { type: "string" },
  },
});
const pilots = Number(values.pilots);
const seed = Number(values.seed);
const users = Number(values.users ?? Math.max(300, Math.round(pilots / 4)));
if (!Number.isInteger(pilots) || pilots < 10 || !Number.isInteger(seed) || !Number.isInteger(users))
  throw new Error("--pilots (≥ 10), --seed and --users must be whole numbers");
const url = values["database-url"] ?? env.DATABASE_URL;

type Raw = { exec(sql: string): Promise<void>; rows<T>(sql: string): Promise<T[]>; close(): Promise<void> };

async function openRaw(): Promise<Raw> {
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      exec: async (s) => void (await client.query(s)),
      rows: async (s) => (await client.query(s)).rows,
      close: () => client.end(),
    };
  }
  const db = await PGlite.create({ dataDir: pgliteDir, extensions: { pg_trgm } });
  return {
    exec: async (s) => void (await db.exec(s)),
    rows: async <T>(s: string) => (await db.query<T>(s)).rows,
    close: () => db.close(),
  };
}

const started = Date.now();
const timings: Record<string, number> = {};
async function step(label: string, run: () => Promise<void>) {
  const t = Date.now();
  await run();
  timings[label] = (Date.now() - t) / 1000;
  console.log(`  ${label.padEnd(34)} ${timings[label].toFixed(1)} s`);
}

console.log(
  `› bench data: ${pilots} pilots, ${users} users, seed ${seed}, on ${url ? "a PostgreSQL server" : `the embedded database in ${pgliteDir}`}`,
);
await step("migrations, reference and demo data", async () => {
  const db = openDatabase({ url, pgliteDir });
  try {
    await prepareDatabase(db, { demo: true });
  } finally {
    await db.close();
  }
});

const raw = await openRaw();
try {
  const [row] = await raw.rows<Parameters<typeof planLayout>[0]>(LAYOUT_SQL);
  const layout = planLayout(row, { seed, pilots, users, passwordHash: await bcrypt.hash(DEMO_PASSWORD, 10) });
  await raw.exec("BEGIN");
  for (const s of generationSteps(layout)) await step(s.label, () => raw.exec(s.sql));
  await step("commit", () => raw.exec("COMMIT"));
  // VACUUM too, not only ANALYZE: an index-only scan (the API list's exact count, decision 0020) reads
  // the heap for every page the visibility map does not mark all-visible, which is every page of a
  // freshly loaded table until autovacuum comes by — minutes later, in the middle of a benchmark.
  await step("vacuum + analyze", () => raw.exec("VACUUM ANALYZE"));
  // Every pilot's stored similar-pilots list, so the benchmark measures the page as it is read, not
  // its first view (decision 0019). Candidates from an in-memory index, scored by PostgreSQL (decision
  // 0033): ~1.5 min at 20,000 pilots, two sessions on a server.
  await step("similar pilots", async () => {
    const second = url ? await openRaw() : null;
    try {
      const [ids] = await raw.rows<{ min: number; max: number }>(`SELECT min(id) AS min, max(id) AS max FROM "Pilot"`);
      await backfillSimilar([raw, ...(second ? [second] : [])] as RawSession[], ids);
      await raw.exec(`ANALYZE "SimilarPilot", "SimilarPilotList"`);
    } finally {
      await second?.close();
    }
  });
  const [check] = await raw.rows<Record<string, number>>(`SELECT
    (SELECT count(*) FROM "Phase" ph WHERE ph.spent <> coalesce((SELECT sum(amount) FROM "Expense" e WHERE e."phaseId" = ph.id), 0))::int AS "phases whose spent ≠ their expenses",
    (SELECT count(*) FROM "Pool" p WHERE p.balance <> coalesce((SELECT sum(amount) FROM "PoolEntry" e WHERE e."poolId" = p.id), 0))::int AS "pools whose balance ≠ their ledger",
    (SELECT count(*) FROM "Pilot" p WHERE NOT EXISTS (SELECT 1 FROM "PilotSearch" s WHERE s."pilotId" = p.id))::int AS "pilots without a search document",
    (SELECT count(*) FROM "Pilot" p WHERE NOT EXISTS (SELECT 1 FROM "SimilarPilotList" l WHERE l."pilotId" = p.id))::int AS "pilots without a similar-pilots list"`);
  const bad = Object.entries(check).filter(([, n]) => n > 0);
  if (bad.length) throw new Error(`inconsistent data: ${bad.map(([k, n]) => `${n} ${k}`).join(", ")}`);
  const [counts] = await raw.rows<Record<string, number>>(`SELECT
    (SELECT count(*) FROM "Organisation" WHERE kind = 'KOMMUNE' AND id IN (SELECT "organisationId" FROM "CommunityMember"))::int AS "municipalities in a community",
    (SELECT count(*) FROM "Community")::int AS communities, (SELECT count(*) FROM "User")::int AS users,
    (SELECT count(*) FROM "Pilot")::int AS pilots, (SELECT count(*) FROM "Phase")::int AS phases,
    (SELECT count(*) FROM "ResultEntry")::int AS "result entries", (SELECT count(*) FROM "KpiMeasurement")::int AS "KPI measurements",
    (SELECT count(*) FROM "GateScore")::int AS "gate scores", (SELECT count(*) FROM "GateDecision")::int AS "gate decisions",
    (SELECT count(*) FROM "Expense")::int AS expenses, (SELECT count(*) FROM "AuditEvent")::int AS "audit events",
    (SELECT count(*) FROM "SearchWord")::int AS "search words"`);
  console.table(counts);
  console.log(`› done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  await raw.exec("ROLLBACK").catch(() => undefined);
  throw error;
} finally {
  await raw.close();
}
