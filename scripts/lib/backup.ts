// A logical backup that means the same on both engines (embedded PGlite and a PostgreSQL server), so
// a backup of one restores into the other (docs/decisions/0013). One gzip'd file of lines; the
// file's own lines start with "#" (a row, being a JSON object, starts with "{"):
//   #{"kind":"header", migrations, …}       the migrations the database had: restore rebuilds exactly that schema
//   #{"kind":"table", name, rows, checksum} then `rows` lines, each a row as PostgreSQL's own `to_jsonb(row)::text`
//   #{"kind":"sequences", values}           every sequence's position
//   #{"kind":"end", tables}                 a truncated file has no end line and is refused
// Rows never pass through JavaScript numbers: bigint, numeric, timestamps, arrays, tsvector and json
// stay PostgreSQL text from dump to `jsonb_populate_recordset` on restore. Each table's checksum is
// md5 over its rows' jsonb text in a fixed order; restore recomputes it and rolls back on a mismatch.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { once } from "node:events";
import type { Database } from "../../lib/db/connect";
import { migrateDatabase } from "../../lib/db/migrate";
import { noFilters, openSchemaEngine, readMigrationList } from "../../lib/db/schema-engine";

export const BACKUP_FORMAT = "innovationsmotor-backup";
const BATCH = 500;
const MIGRATIONS_TABLE = "_prisma_migrations";

type Q = {
  $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number>;
};
type Migration = { migration_name: string; checksum: string };
export type TableSummary = { name: string; rows: number; checksum: string };
export type BackupSummary = { tables: TableSummary[]; sequences: number; migrations: string[] };

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Base tables of the current schema, parents before children (foreign keys), ties by name. */
export async function tablesInLoadOrder(q: Q): Promise<string[]> {
  const tables = (
    await q.$queryRawUnsafe<{ name: string }[]>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relpersistence = 'p' ORDER BY 1`,
    )
  ).map((r) => r.name);
  const edges = await q.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${[...pending].join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}

/** Primary-key columns (self-references point to older, smaller keys, so rows load in key order). */
async function keyColumns(q: Q, table: string): Promise<string[]> {
  const rows = await q.$queryRawUnsafe<{ name: string }[]>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    ident(table),
  );
  return rows.map((r) => r.name);
}

/** Columns a restore may write: not dropped, not generated. */
async function writableColumns(q: Q, table: string): Promise<string[]> {
  const rows = await q.$queryRawUnsafe<{ name: string }[]>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    ident(table),
  );
  return rows.map((r) => r.name);
}

/** md5 over every row's jsonb text, sorted by that text: independent of physical order and keys. */
export async function tableChecksum(q: Q, table: string): Promise<{ rows: number; checksum: string }> {
  const [r] = await q.$queryRawUnsafe<{ rows: number; checksum: string | null }[]>(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(j, E'\\n' ORDER BY j), '')) AS checksum
     FROM (SELECT to_jsonb(t)::text AS j FROM ${ident(table)} t) s`,
  );
  return { rows: r.rows, checksum: r.checksum ?? "" };
}

type SequenceState = { name: string; last_value: string; is_called: boolean };

export async function sequenceStates(q: Q): Promise<SequenceState[]> {
  const names = await q.$queryRawUnsafe<{ name: string }[]>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY 1`,
  );
  const out: SequenceState[] = [];
  for (const { name } of names) {
    const [s] = await q.$queryRawUnsafe<{ last_value: string; is_called: boolean }[]>(
      `SELECT last_value::text AS last_value, is_called FROM ${ident(name)}`,
    );
    out.push({ name, ...s });
  }
  return out;
}

/** Everything needed to say "these two databases hold the same data": per-table counts and checksums, sequences. */
export async function fingerprint(q: Q) {
  const tables: TableSummary[] = [];
  for (const name of await tablesInLoadOrder(q)) tables.push({ name, ...(await tableChecksum(q, name)) });
  return { tables, sequences: await sequenceStates(q) };
}

async function appliedMigrations(q: Q): Promise<Migration[]> {
  const [exists] = await q.$queryRawUnsafe<{ ok: boolean }[]>(
    `SELECT to_regclass($1) IS NOT NULL AS ok`,
    ident(MIGRATIONS_TABLE),
  );
  if (!exists.ok) return [];
  return q.$queryRawUnsafe<Migration[]>(
    `SELECT migration_name, checksum FROM ${ident(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
}

/** Writes a consistent snapshot (one REPEATABLE READ transaction) of the whole schema to `file`. */
export async function backupDatabase(db: Database, file: string): Promise<BackupSummary> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  const summary = await db.prisma.$transaction(
    async (tx) => {
      const migrations = await appliedMigrations(tx);
      if (migrations.length === 0) throw new Error("the database has no applied migrations: nothing to back up");
      await write(
        "#" +
          JSON.stringify({
            kind: "header",
            format: BACKUP_FORMAT,
            version: 1,
            createdAt: new Date().toISOString(),
            engine: db.engine,
            migrations,
          }),
      );
      const tables: TableSummary[] = [];
      for (const name of await tablesInLoadOrder(tx)) {
        const { rows, checksum } = await tableChecksum(tx, name);
        await write("#" + JSON.stringify({ kind: "table", name, rows, checksum }));
        const key = await keyColumns(tx, name);
        const order = key.length ? key.map((k) => `t.${ident(k)}`).join(", ") : "1";
        for (let offset = 0; offset < rows; offset += BATCH) {
          const page = await tx.$queryRawUnsafe<{ j: string }[]>(
            `SELECT to_jsonb(t)::text AS j FROM ${ident(name)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
          );
          for (const r of page) await write(r.j);
        }
        tables.push({ name, rows, checksum });
      }
      const sequences = await sequenceStates(tx);
      await write("#" + JSON.stringify({ kind: "sequences", values: sequences }));
      await write("#" + JSON.stringify({ kind: "end", tables: tables.length }));
      return { tables, sequences: sequences.length, migrations: migrations.map((m) => m.migration_name) };
    },
    { isolationLevel: "RepeatableRead", timeout: 60 * 60_000, maxWait: 60_000 },
  );
  gzip.end();
  await once(out, "close");
  return summary;
}

/** Lines of a backup file, in order. */
async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) if (line !== "") yield line;
}

async function readHeader(file: string): Promise<{ migrations: Migration[] }> {
  for await (const line of lines(file)) {
    const header = line.startsWith("#") ? JSON.parse(line.slice(1)) : null;
    if (header?.kind !== "header" || header.format !== BACKUP_FORMAT || header.version !== 1)
      throw new Error(`${file} is not an Innovationsmotor backup (version 1)`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

/** Reads the whole file once before anything is touched: a truncated or miscounted file is refused up front. */
async function verifyFile(file: string) {
  let header = false,
    ended = false,
    current: { name: string; rows: number } | null = null,
    seen = 0;
  const close = () => {
    if (current && seen !== current.rows)
      throw new RestoreRefused(
        `the backup file is damaged: table ${current.name} has ${seen} rows, its header says ${current.rows}`,
      );
  };
  for await (const line of lines(file)) {
    if (ended) throw new RestoreRefused("the backup file is damaged: lines after the end marker");
    if (!line.startsWith("#")) {
      seen++;
      continue;
    }
    const meta = JSON.parse(line.slice(1));
    if (meta.kind === "header") header = true;
    else if (meta.kind === "table") {
      close();
      current = meta;
      seen = 0;
    } else if (meta.kind === "sequences") {
      close();
      current = null;
    } else if (meta.kind === "end") ended = true;
  }
  if (!header || !ended) throw new RestoreRefused("the backup file is truncated (no end marker): nothing restored");
}

/** True when no table of the current schema holds a row (a database the app has only migrated counts as empty). */
export async function isEmptyDatabase(q: Q): Promise<boolean> {
  for (const t of await tablesInLoadOrder(q)) {
    if (t === MIGRATIONS_TABLE) continue;
    const [r] = await q.$queryRawUnsafe<{ any: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM ${ident(t)}) AS any`);
    if (r.any) return false;
  }
  return true;
}

export class RestoreRefused extends Error {}

/**
 * Restores `file` into `db`: refuses a database holding data unless `force`; drops the schema; applies
 * exactly the backup's migrations (their SQL must be unchanged in prisma/migrations); loads every row
 * with user triggers off (the append-only audit trail and the search triggers must not fire on a
 * reload); sets the sequences; checks every table's checksum (a mismatch rolls the load back); then
 * applies the migrations added since, so a backup of an older release comes back on the current schema.
 */
export async function restoreDatabase(db: Database, file: string, opts: { force?: boolean } = {}) {
  const header = await readHeader(file);
  await verifyFile(file);
  if (!opts.force && !(await isEmptyDatabase(db.prisma)))
    throw new RestoreRefused("the database is not empty: restore refuses to overwrite it without --force");

  const available = await readMigrationList();
  const wanted = new Set(header.migrations.map((m) => m.migration_name));
  const known = new Set(available.migrationDirectories.map((d) => d.path));
  const unknown = [...wanted].filter((m) => !known.has(m));
  if (unknown.length)
    throw new RestoreRefused(`the backup was made by a newer release (unknown migrations: ${unknown.join(", ")})`);

  await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS public CASCADE`);
  await db.prisma.$executeRawUnsafe(`CREATE SCHEMA public`);
  const engine = await openSchemaEngine(db.adapterFactory);
  try {
    const migrationsList = {
      ...available,
      migrationDirectories: available.migrationDirectories.filter((d) => wanted.has(d.path)),
    };
    await engine.applyMigrations({ migrationsList, filters: noFilters });
  } finally {
    engine.free();
  }

  const loaded = await db.prisma.$transaction(
    async (tx) => {
      const mine = await appliedMigrations(tx);
      for (const m of header.migrations) {
        const now = mine.find((x) => x.migration_name === m.migration_name);
        if (now?.checksum !== m.checksum)
          throw new RestoreRefused(`migration ${m.migration_name} was changed since the backup was made`);
      }
      await tx.$executeRawUnsafe(`DELETE FROM ${ident(MIGRATIONS_TABLE)}`);
      const expected: TableSummary[] = [];
      let table: { name: string; columns: string; rows: string[] } | null = null;
      let ended = false;
      const flush = async () => {
        if (!table || table.rows.length === 0) return;
        await tx.$executeRawUnsafe(
          `INSERT INTO ${ident(table.name)} (${table.columns}) SELECT ${table.columns} FROM jsonb_populate_recordset(NULL::${ident(table.name)}, $1::jsonb)`,
          `[${table.rows.join(",")}]`,
        );
        table.rows = [];
      };
      let first = true;
      for await (const line of lines(file)) {
        if (first) {
          first = false;
          continue;
        }
        if (line.startsWith("#")) {
          const meta = JSON.parse(line.slice(1));
          if (meta.kind === "table") {
            await flush();
            await tx.$executeRawUnsafe(`ALTER TABLE ${ident(meta.name)} DISABLE TRIGGER USER`);
            table = {
              name: meta.name,
              columns: (await writableColumns(tx, meta.name)).map(ident).join(", "),
              rows: [],
            };
            expected.push({ name: meta.name, rows: meta.rows, checksum: meta.checksum });
            continue;
          }
          if (meta.kind === "sequences") {
            await flush();
            table = null;
            for (const s of meta.values as SequenceState[])
              await tx.$queryRawUnsafe(
                `SELECT setval($1::regclass, $2::bigint, $3)::text`,
                ident(s.name),
                s.last_value,
                s.is_called,
              );
            continue;
          }
          if (meta.kind === "end") {
            ended = true;
            break;
          }
          throw new Error(`backup file is malformed: unknown line kind ${meta.kind}`);
        }
        if (!table) throw new Error("backup file is malformed: a row outside a table");
        table.rows.push(line);
        if (table.rows.length >= BATCH) await flush();
      }
      if (!ended) throw new RestoreRefused("the backup file is truncated (no end marker): nothing restored");
      for (const t of expected) {
        await tx.$executeRawUnsafe(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
        const now = await tableChecksum(tx, t.name);
        if (now.rows !== t.rows || now.checksum !== t.checksum)
          throw new Error(
            `table ${t.name} differs after restore (${now.rows} rows, expected ${t.rows}): nothing restored`,
          );
      }
      return expected;
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  const upgraded = await migrateDatabase(db);
  return { tables: loaded, migrationsApplied: upgraded };
}
