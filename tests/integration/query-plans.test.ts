// Every hot path's SQL is checked with EXPLAIN on a generated dataset (lib/bench, the benchmark's own
// generator, 6,000 pilots): a sequential scan of a large table fails the test. The statements are the
// real ones — the app's functions run against a Prisma client that logs every statement it sends — so a
// new query, a changed filter or a dropped index shows up here, not first in production.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import type { Database } from "../../lib/db/connect";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedReference } from "../../prisma/seed/reference";
import { sessionUserSelect, type SessionUser } from "../../lib/auth/session";
import { searchCatalogue } from "../../lib/search/catalogue";
import { searchPilotList } from "../../lib/search/api-list";
import { similarPilots } from "../../lib/search/similar";
import { similarPilotsLive } from "../../lib/search/similar-live";
import { backfillSimilar } from "../../lib/search/similar-backfill";
import { emptyFilters } from "../../lib/search/params";
import { loadSummary } from "../../lib/portfolio/summary";
import { getPilotStory } from "../../lib/pilots/story";
import { getPilotTimeline } from "../../lib/pilots/timeline";
import { listPilots } from "../../lib/pilots/queries";
import { getKpiBoard } from "../../lib/kpis/queries";
import { latestResults } from "../../lib/results/queries";
import { getLessons } from "../../lib/lessons/queries";
import { postExpense } from "../../lib/funding/expenses";

import { generationSteps, LAYOUT_SQL, planLayout } from "../../scripts/lib/bench/generate";
import { BENCH_LEAD_EMAIL } from "../../scripts/lib/bench/sql-people";
const PILOTS = 6000;
/** Tables that grow with the number of pilots; a Seq Scan on one of them is a missing index. */
const LARGE = new Set([
  "Pilot",
  "Phase",
  "PilotParticipant",
  "PilotSearch",
  "ResultEntry",
  "Kpi",
  "KpiTarget",
  "KpiMeasurement",
  "Expense",
  "Pledge",
  "PoolEntry",
  "GateReview",
  "GateScorecard",
  "GateScore",
  "GateDecision",
  "Lesson",
  "AuditEvent",
  "User",
  "RoleAssignment",
  "SimilarPilot",
  "SimilarPilotList",
  "PilotFacts",
  "LessonSearch",
  "ResultSearch",
]);

let db: Database;
let statements: { query: string; params: string }[] = [];
const users = {} as Record<"reader" | "lead", SessionUser>;
let pilotId: number;
let openPhaseId: number;

async function sessionUser(where: object): Promise<SessionUser> {
  return (await db.prisma.user.findFirstOrThrow({
    where,
    select: sessionUserSelect,
    orderBy: { id: "asc" },
  })) as SessionUser;
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedReference(db.prisma);
  const [row] = await db.prisma.$queryRawUnsafe<Parameters<typeof planLayout>[0][]>(LAYOUT_SQL);
  const layout = planLayout(row, { seed: 9, pilots: PILOTS, users: PILOTS / 4, passwordHash: "not-a-login" });
  // One script, so every step runs in the same session (temporary tables, replica mode).
  const adapter = await db.adapterFactory.connect();
  await adapter.executeScript(["BEGIN", ...generationSteps(layout).map((s) => s.sql), "COMMIT", "ANALYZE"].join(";\n"));
  // Stored similar-pilots lists for 400 pilots (16,000 entries): enough for the planner to cost the
  // table as the large one it is at full size, and a test that does not wait for 6,000 lists.
  const [first] = await db.prisma.$queryRaw<{ min: number }[]>`SELECT min(id) AS min FROM "Pilot"`;
  await backfillSimilar(
    [{ exec: (sql) => adapter.executeScript(sql), rows: (sql) => db.prisma.$queryRawUnsafe(sql) }],
    { min: first.min, max: first.min + 399 },
    { chunk: 200 },
  );
  await adapter.executeScript(`ANALYZE "SimilarPilot", "SimilarPilotList"`);
  if (db.engine === "server") await adapter.dispose();

  users.reader = await sessionUser({
    email: { endsWith: "@bench.innovationsmotor.example" },
    roles: { some: { role: "MEMBER" } },
  });
  users.lead = await sessionUser({ email: BENCH_LEAD_EMAIL });
  pilotId = (
    await db.prisma.pilot.findFirstOrThrow({
      where: { status: "ADOPTED", projectLeadId: { not: users.reader.id } },
      orderBy: { id: "desc" },
    })
  ).id;
  openPhaseId = (
    await db.prisma.phase.findFirstOrThrow({ where: { status: "ACTIVE", pilot: { projectLeadId: users.lead.id } } })
  ).id;

  // A second client on the same adapter that reports every statement; lib/db.ts is pointed at it.
  const logging = new PrismaClient({ adapter: db.adapterFactory, log: [{ emit: "event", level: "query" }] });
  logging.$on("query", (e) => statements.push({ query: e.query, params: e.params }));
  (globalThis as { __innovationsmotorDb?: Database }).__innovationsmotorDb = { ...db, prisma: logging };
}, 240_000);

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode, found: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"] && LARGE.has(node["Relation Name"]))
    found.push(node["Relation Name"]);
  for (const child of node.Plans ?? []) seqScans(child, found);
  return found;
}

/** Runs `fn`, then EXPLAINs every statement it sent; returns the large tables each one scans sequentially. */
async function planned(fn: () => Promise<unknown>): Promise<{ sql: string; scans: string[] }[]> {
  statements = [];
  await fn();
  const sent = statements.filter((s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|DEALLOCATE|SELECT 1\b|--)/i.test(s.query));
  expect(sent.length).toBeGreaterThan(0);
  const out = [];
  for (const s of sent) {
    const rows = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": { Plan: PlanNode }[] }[]>(
      `EXPLAIN (FORMAT JSON) ${s.query}`,
      ...(JSON.parse(s.params) as unknown[]),
    );
    out.push({ sql: s.query.replace(/\s+/g, " ").slice(0, 300), scans: seqScans(rows[0]["QUERY PLAN"][0].Plan) });
  }
  return out;
}

/**
 * No sequential scan of a large table, except the ones named in `allowed` — each with the reason the
 * whole table (or most of it) is read by design — so a new full scan anywhere else still fails.
 */
/**
 * PostgreSQL costs a sequential scan of the search documents by the table's own pages, not by the
 * TOAST pages each document is read from, so below some ten thousand pilots it scans them all instead
 * of using the GIN index (and at 20,000 with the default random_page_cost). Allowed here for that
 * one table; what it costs at full size is measured by the benchmark (docs/performance.md).
 */
const SEARCH_DOCUMENTS = {
  PilotSearch: "the planner does not cost reading documents from TOAST (docs/performance.md)",
};

function expectIndexed(plans: { sql: string; scans: string[] }[], allowed: Record<string, string> = {}) {
  expect(
    plans.map((p) => ({ ...p, scans: p.scans.filter((t) => !(t in allowed)) })).filter((p) => p.scans.length > 0),
  ).toEqual([]);
}

describe(`query plans on ${PILOTS} generated pilots`, () => {
  it("has the data it claims (the planner prefers an index only on tables of some size)", async () => {
    expect(await db.prisma.pilot.count()).toBe(PILOTS);
    expect(await db.prisma.resultEntry.count()).toBeGreaterThan(PILOTS * 10);
    // The generator's money is consistent: spent is the sum of the expenses and within the grant, a
    // pool's balance is its ledger and never negative, every pilot has its search document.
    const [broken] = await db.prisma.$queryRawUnsafe<Record<string, number>[]>(`SELECT
      (SELECT count(*) FROM "Phase" ph WHERE ph.spent > ph.granted OR ph.spent <> coalesce((SELECT sum(amount) FROM "Expense" e WHERE e."phaseId" = ph.id), 0))::int AS phases,
      (SELECT count(*) FROM "Pool" p WHERE p.balance < 0 OR p.balance <> coalesce((SELECT sum(amount) FROM "PoolEntry" e WHERE e."poolId" = p.id), 0))::int AS pools,
      (SELECT count(*) FROM "Pilot" p WHERE NOT EXISTS (SELECT 1 FROM "PilotSearch" s WHERE s."pilotId" = p.id))::int AS unsearchable`);
    expect(broken).toEqual({ phases: 0, pools: 0, unsearchable: 0 });
    expect(await db.prisma.expense.count()).toBeGreaterThan(PILOTS);
  });

  it("catalogue: Danish full-text search with two filters", async () => {
    const params = {
      q: "sensorer vandstand",
      filters: { ...emptyFilters(), status: ["active"], domain: ["klima"] },
      page: 1,
    };
    // The facet counts read the narrow facts of every matching pilot (PilotFacts, decision 0027): for a
    // search matching hundreds of pilots one pass hash-joined with the index's matches is cheaper than
    // a probe per pilot. No phase, decision or organisation is read.
    const facts = "the facts of every matching pilot, one narrow row each, joined by hash";
    expectIndexed(await planned(() => searchCatalogue(users.reader, params)), {
      ...SEARCH_DOCUMENTS,
      PilotFacts: facts,
    });
  });

  it("catalogue: no search, no filter — the facts table alone", async () => {
    const plans = await planned(() => searchCatalogue(users.reader, { q: "", filters: emptyFilters(), page: 1 }));
    // Every visible pilot's facts are counted: one pass over the narrow table is the point; nothing else is scanned.
    expectIndexed(plans, { PilotFacts: "the counts cover every visible pilot (decision 0027)" });
    expect(plans.flatMap((p) => p.scans).every((t) => t === "PilotFacts")).toBe(true);
  });

  it("catalogue: lessons and results as hits", async () => {
    const params = {
      q: "sensorer vandstand",
      filters: { ...emptyFilters(), status: ["active"] },
      page: 1,
      show: ["erfaringer" as const, "resultater" as const],
    };
    const facts = "the facts of every matching pilot, one narrow row each, joined by hash";
    expectIndexed(await planned(() => searchCatalogue(users.reader, params)), {
      ...SEARCH_DOCUMENTS,
      PilotFacts: facts,
    });
  });

  it("dashboard of one community", async () => {
    // One community's figures sum every phase, pledge, expense and gate of its pilots (a twelfth of all):
    // one pass with a hash join is cheaper than an index probe per pilot. Results, measurements,
    // scores, lessons and the audit log are not summed and must not be scanned.
    const summed = "summed for every pilot in view";
    const allowed = Object.fromEntries(
      [
        "Phase",
        "Pledge",
        "Expense",
        "PoolEntry",
        "PilotParticipant",
        "GateReview",
        "GateScorecard",
        "GateDecision",
        "Kpi",
        "KpiTarget",
      ].map((t) => [t, summed]),
    );
    expectIndexed(await planned(() => loadSummary(users.reader, { community: "bench-nordjylland" })), allowed);
  });

  it("pilot page: story, timeline, KPIs, results, lessons, similar pilots (stored)", async () => {
    await similarPilots(users.reader, pilotId); // its list is computed on first view; a page view after that reads it
    const plans = await planned(() =>
      Promise.all([
        getPilotStory(users.reader, pilotId),
        getPilotTimeline(users.reader, pilotId, 1),
        getKpiBoard(users.reader, pilotId),
        latestResults(users.reader, pilotId),
        getLessons(users.reader, pilotId),
        similarPilots(users.reader, pilotId),
      ]),
    );
    expect(plans.some((p) => p.sql.includes('"SimilarPilot"'))).toBe(true);
    expectIndexed(plans);
  });

  it("similar pilots computed live (the fallback when a viewer sees too few of a stored list)", async () => {
    // It scores only pilots sharing a tag or a word (lib/search/similar-live.ts), but with the
    // generator's small vocabulary nearly every pilot shares a common word with nearly every other, so
    // most documents are still read and a scan is the planner's right choice (docs/performance.md).
    const allScored = "similar pilots: with a small vocabulary nearly every pilot shares a word";
    expectIndexed(await planned(() => similarPilotsLive(users.reader, pilotId, 4)), {
      Pilot: allScored,
      PilotSearch: allScored,
    });
  });

  it("API list, plain and searched", async () => {
    const plain = await planned(() => listPilots(users.reader, { page: 3, pageSize: 20 }));
    // The list's total counts every pilot a member may see (nine in ten). Once vacuumed, that is an
    // index-only scan of the narrow visibility index (schema.prisma, Pilot; decision 0020); freshly
    // generated, the visibility map is empty and one pass over the table is the planner's cheapest.
    const isCount = (p: { sql: string }) => /^SELECT COUNT\(\*\)/i.test(p.sql);
    expectIndexed(plain.filter(isCount), { Pilot: "the total counts every visible pilot" });
    expectIndexed(plain.filter((p) => !isCount(p)));
    // The rank's word counts read the narrow facts of the visible pilots (lib/search/rank.ts, rarityCte).
    const rarity = "the rank counts how many visible pilots have each word, over the narrow facts table";
    // Ranking every match (no filter narrows the API's search) checks each for a stop report: the
    // planner hashes the stop reports once rather than probe per pilot (lib/search/rank.ts, decidedSql).
    const boost = "the rank's boost for stopped pilots with a stop report, hashed once when every match is ranked";
    expectIndexed(await planned(() => searchPilotList(users.reader, "sensorer vandstand", { page: 1, pageSize: 20 })), {
      ...SEARCH_DOCUMENTS,
      PilotFacts: rarity,
      Lesson: boost,
    });
  });

  it("expense posting", async () => {
    const input = { amount: 1, date: "2026-11-02", category: "DRIFT" as const, description: "Plan-test" };
    expectIndexed(await planned(() => postExpense(users.lead, openPhaseId, input)));
  });
});
