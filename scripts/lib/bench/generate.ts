// The generator as data: the layout it computes from the database (how many communities, where the
// ids start) and its SQL steps in order. scripts/bench-data.ts runs them one by one on one connection
// (to time them); tests/integration/query-plans.test.ts runs them as one script. Either way they must
// share one session: the steps use temporary tables and functions, and replica mode (triggers off).
import { commTableSql, communitiesSql, helpersSql, usersSql, LEADS_FROM, type Layout } from "./sql-people";
import { pilotsSql } from "./sql-pilots";
import { historySql, searchSql } from "./sql-history";
import { BENCH_COMMUNITIES } from "./vocabulary";

/** Ids and counts the layout needs, read before anything is written. */
export const LAYOUT_SQL = `SELECT
  (SELECT count(*) FROM "Community")::int AS communities,
  (SELECT count(*) FROM "Community" WHERE slug LIKE 'bench-%')::int AS generated,
  (SELECT coalesce(max(id), 0) FROM "User")::int AS "user", (SELECT coalesce(max(id), 0) FROM "Pilot")::int AS pilot,
  (SELECT coalesce(max(id), 0) FROM "Phase")::int AS phase, (SELECT coalesce(max(id), 0) FROM "Kpi")::int AS kpi,
  (SELECT coalesce(max(id), 0) FROM "GateReview")::int AS review, (SELECT coalesce(max(id), 0) FROM "GateScorecard")::int AS scorecard,
  (SELECT coalesce(max(id), 0) FROM "GateDecision")::int AS decision`;

type LayoutRow = Layout["base"] & { communities: number; generated: number };

export function planLayout(row: LayoutRow, opts: { seed: number; pilots: number; users: number; passwordHash: string }): Layout {
  if (row.generated > 0) throw new Error("this database already holds generated data: give bench:data a fresh database");
  if (row.communities === 0) throw new Error("no communities: seed the reference data first");
  const communities = row.communities + BENCH_COMMUNITIES.length;
  const perCommunity = Math.floor(opts.users / communities);
  if (perCommunity < LEADS_FROM + 2) throw new Error(`${opts.users} users are too few for ${communities} communities (need ${(LEADS_FROM + 2) * communities})`);
  const { user, pilot, phase, kpi, review, scorecard, decision } = row;
  return {
    ...opts,
    communities,
    leadsPerCommunity: Math.max(1, Math.min(150, perCommunity - LEADS_FROM - 2)),
    base: { user, pilot, phase, kpi, review, scorecard, decision },
  };
}

const SEQUENCED = ["User", "Pilot", "Phase", "Kpi", "GateReview", "GateScorecard", "GateDecision"];

export function generationSteps(l: Layout): { label: string; sql: string }[] {
  return [
    { label: "communities and memberships", sql: helpersSql(l.seed) + communitiesSql() + commTableSql() },
    { label: "users and roles", sql: usersSql(l) },
    { label: "pilots, phases, money, pools", sql: pilotsSql(l) },
    { label: "results, KPIs, gates, lessons, audit", sql: historySql(l) },
    { label: "search documents and word list", sql: searchSql() },
    {
      label: "triggers back on, sequences",
      sql: `SET session_replication_role = DEFAULT;
${SEQUENCED.map((t) => `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT max(id) FROM "${t}"));`).join("\n")}
DROP TABLE comm, bench_comm, bp, bph, bk;`,
    },
  ];
}
