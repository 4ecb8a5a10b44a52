// Proves a refused request changed no row, cheaply enough to check after every fuzz case.
// A transaction that writes gets a transaction id; PostgreSQL's snapshot xmax moves past it when it
// ends. So an unchanged xmax proves nothing was written (one cheap query). When xmax moved (a write
// was tried, maybe rolled back) every table's content is hashed and compared with the last hash.
import type { PrismaClient } from "../../../lib/generated/prisma/client";

/**
 * Columns that are bookkeeping, not data: a token's last use and its throttle window change on
 * every authenticated request, also a refused one (that is how throttling works).
 */
const BOOKKEEPING: Record<string, string[]> = {
  ApiToken: ["lastUsedAt", "windowStartAt", "windowCount"],
  // The search splits new vocabulary words into compound parts on first need, on any request that
  // searches (lib/search/compounds.ts): a cache derived from the vocabulary, not data anyone entered.
  SearchWord: ["parted"],
};
/** Tables that are such a cache as a whole. */
const DERIVED = new Set(["SearchWordPart"]);

export type Untouched = {
  /** After a case: throws if rows changed although `refused`; else accepts the new state as baseline. */
  check(refused: boolean, label: () => string): Promise<void>;
  /** How many cases needed the full hash (a write was attempted). */
  hashed: number;
};

export async function watchRows(prisma: PrismaClient): Promise<Untouched> {
  const tables = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const columns = await prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const parts = tables
    .filter(({ table_name: t }) => !DERIVED.has(t))
    .map(({ table_name: t }) => {
      const skip = BOOKKEEPING[t] ?? [];
      const cols = columns
        .filter((c) => c.table_name === t && !skip.includes(c.column_name))
        .map((c) => `x."${c.column_name}"`);
      return `SELECT '${t}' AS t, md5(coalesce(string_agg(row(${cols.join(", ")})::text, '|' ORDER BY row(${cols.join(", ")})::text), '')) AS h FROM "${t}" x`;
    });
  const hashSql = parts.join(" UNION ALL ");
  const xmax = async () =>
    (await prisma.$queryRawUnsafe<{ x: string }[]>(`SELECT txid_snapshot_xmax(txid_current_snapshot())::text AS x`))[0]
      .x;
  const hash = async () =>
    new Map((await prisma.$queryRawUnsafe<{ t: string; h: string }[]>(hashSql)).map((r) => [r.t, r.h]));

  let lastX = await xmax();
  let lastHash = await hash();
  const state: Untouched = {
    hashed: 0,
    async check(refused, label) {
      const x = await xmax();
      if (x === lastX) return;
      state.hashed++;
      const now = await hash();
      if (refused) {
        const changed = [...now].filter(([t, h]) => lastHash.get(t) !== h).map(([t]) => t);
        if (changed.length) throw new Error(`a refused request changed ${changed.join(", ")}: ${label()}`);
      }
      lastHash = now;
      lastX = await xmax();
    },
  };
  return state;
}
