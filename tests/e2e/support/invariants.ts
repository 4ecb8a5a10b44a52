// The money rules of PRODUCT.md, checked in the database itself after a load or fault run: every
// stored total equals its ledger (so no multi-row change was half written), spent ≤ granted, no
// pool below zero, at most one decision per gate review.
import pg from "pg";

export type Broken = { rule: string; rows: unknown[] };

const RULES: [string, string][] = [
  [
    "phase.spent = the sum of its expense ledger",
    `SELECT p.id, p.spent, coalesce(sum(e.amount), 0)::int AS ledger FROM "Phase" p LEFT JOIN "Expense" e ON e."phaseId" = p.id GROUP BY p.id HAVING p.spent <> coalesce(sum(e.amount), 0)`,
  ],
  ["spent ≤ granted and spent ≥ 0", `SELECT id, spent, granted FROM "Phase" WHERE spent > granted OR spent < 0`],
  [
    "pool.balance = the sum of its entries",
    `SELECT p.id, p.balance, coalesce(sum(e.amount), 0)::int AS ledger FROM "Pool" p LEFT JOIN "PoolEntry" e ON e."poolId" = p.id GROUP BY p.id HAVING p.balance <> coalesce(sum(e.amount), 0)`,
  ],
  ["pool ≥ 0", `SELECT id, balance FROM "Pool" WHERE balance < 0`],
  [
    "one decision per gate review",
    `SELECT "reviewId", count(*) FROM "GateDecision" GROUP BY "reviewId" HAVING count(*) > 1`,
  ],
];

export async function brokenRules(databaseUrl: string): Promise<Broken[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const broken: Broken[] = [];
    for (const [rule, sql] of RULES) {
      const { rows } = await client.query(sql);
      if (rows.length) broken.push({ rule, rows });
    }
    return broken;
  } finally {
    await client.end();
  }
}

export const RULE_COUNT = RULES.length;

/** One query on a fresh connection, for the specs' own checks. */
export async function query<T extends pg.QueryResultRow>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
