// What the benchmark measures on one running server: the routes of the issue, with the ids they need
// read from the database before the server starts (an embedded database admits one process only).
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { BENCH_LEAD_EMAIL } from "./sql-people";
import type { RouteSpec } from "./load";

/** A member of GovTech Midtjylland from the demo data: sees every shared pilot (rule 6), like most readers. */
export const READER_EMAIL = "medlem@silkeborg.example";
export const PASSWORD = "demo1234";
/** A Danish full-text query with two filters: about a few hundred hits in 20,000 pilots. */
export const CATALOGUE_PATH = "/piloter?q=sensorer+vandstand&status=active&omraade=klima";
/** The catalogue as most people first open it: no search, no filter, every facet counted over every visible pilot. */
export const CATALOGUE_PLAIN_PATH = "/piloter";

export type Fixtures = { pilots: number; pilotIds: number[]; openPhaseIds: number[] };

const FIXTURE_SQL = {
  pilots: `SELECT count(*)::int AS n FROM "Pilot"`,
  // Spread over the whole table, deterministic: not just the first (and smallest) pilots.
  pilotIds: `SELECT id FROM "Pilot" WHERE status IN ('ACTIVE', 'STOPPED', 'ADOPTED') ORDER BY hashint4(id), id LIMIT 50`,
  openPhaseIds: `SELECT ph.id FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId" JOIN "User" u ON u.id = p."projectLeadId"
                  WHERE u.email = '${BENCH_LEAD_EMAIL}' AND ph.status = 'ACTIVE' AND ph.granted - ph.spent > 1000000 ORDER BY ph.id`,
};

export async function readFixtures(opts: { url?: string; pgliteDir?: string }): Promise<Fixtures | null> {
  let rows: (sql: string) => Promise<Record<string, number>[]>;
  let close: () => Promise<void>;
  if (opts.url) {
    const client = new pg.Client({ connectionString: opts.url });
    await client.connect();
    rows = async (sql) => (await client.query(sql)).rows;
    close = () => client.end();
  } else {
    const db = await PGlite.create({ dataDir: opts.pgliteDir, extensions: { pg_trgm } });
    rows = async (sql) => (await db.query<Record<string, number>>(sql)).rows;
    close = () => db.close();
  }
  try {
    const has = await rows(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Pilot'`);
    if (has[0].n === 0) return null;
    const [count] = await rows(FIXTURE_SQL.pilots);
    const openPhaseIds = (await rows(FIXTURE_SQL.openPhaseIds)).map((r) => r.id);
    if (openPhaseIds.length === 0) return null; // no generated data yet
    return { pilots: count.n, pilotIds: (await rows(FIXTURE_SQL.pilotIds)).map((r) => r.id), openPhaseIds };
  } finally {
    await close();
  }
}

/**
 * Issue 22's targets. On the server: throughput as a share of the trivial route's in the same run (the
 * machine's speed cancels out), plus the plain catalogue alone ≤ 100 ms. Embedded (1,000 pilots):
 * every page p95 ≤ 250 ms at 16 connections.
 */
export function routes(
  base: string,
  f: Fixtures,
  cookies: { reader: string; writer: string },
  embedded: boolean,
): RouteSpec[] {
  const reader = { cookie: cookies.reader };
  const page = (share: number) => (embedded ? { p95Target: 250 } : { shareTarget: share });
  const today = new Date().toISOString().slice(0, 10);
  return [
    { name: "trivial: /api/health (ceiling)", paths: ["/api/health"] },
    // The simplest server-rendered page with the full layout (header, session, bell): what any page costs at least.
    { name: "page floor: /privatliv", paths: ["/privatliv"], headers: reader, ...page(40) },
    {
      name: "catalogue: no query",
      paths: [CATALOGUE_PLAIN_PATH],
      headers: reader,
      ...page(15),
      ...(embedded ? {} : { aloneTarget: 100 }),
    },
    { name: "catalogue: search + 2 filters", paths: [CATALOGUE_PATH], headers: reader, ...page(15) },
    { name: "dashboard: /portefoelje", paths: ["/portefoelje"], headers: reader, ...page(15) },
    { name: "pilot page: /piloter/{id}", paths: f.pilotIds.map((id) => `/piloter/${id}`), headers: reader, ...page(20) },
    { name: "API list: /api/v1/pilots", paths: ["/api/v1/pilots"], headers: reader, ...(embedded ? {} : { shareTarget: 30 }) },
    {
      name: "expense: POST /api/v1/phases/{id}/expenses",
      method: "POST",
      paths: f.openPhaseIds.map((id) => `/api/v1/phases/${id}/expenses`),
      headers: { cookie: cookies.writer, "content-type": "application/json", origin: base },
      body: () => JSON.stringify({ amount: 1, date: today, category: "drift", description: "Ydelsestest" }),
    },
  ];
}
