// Opens the one database: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite.
// Plain module (no "server-only") so scripts and tests can use it; the app goes through lib/db.ts.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { noteDatabaseUnavailable } from "./availability";
import { noteDatabaseEndpoint } from "./outage";
import { PGliteThread, threadAdapterFactory } from "./pglite-thread";

export type Database = {
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  engine: "embedded" | "server";
  close: () => Promise<void>;
  /** Embedded only: the whole data folder as one file, to open again with `openEmbedded(_, snapshot)`. */
  snapshot?: () => Promise<Blob>;
};

/**
 * Planner costs for solid-state storage (PostgreSQL's default random_page_cost = 4 models spinning
 * disks). With 4 the planner reads every search document sequentially rather than use the search
 * index (155 ms instead of 8 ms at 20,000 pilots; docs/performance.md, decision 0016). Set per
 * session, so it needs no privileges and a DBA's own server setting is only overridden for us.
 */
// JIT off: the app's heavy statements (catalogue facets, dashboard sums) are estimated expensive, so
// the server JIT-compiled them, and at 20,000 pilots compiling took longer than running: 140–560 ms
// of a 220–620 ms facet count, 300–460 ms in the dashboard's plans (decision 0020). Ignored by PGlite
// (built without LLVM), where the setting exists and does nothing.
export const PLANNER_SETTINGS = { random_page_cost: "1.1", jit: "off" } as const;
const PLANNER_SQL = Object.entries(PLANNER_SETTINGS)
  .map(([k, v]) => `SET ${k} = ${v};`)
  .join(" ");
const PLANNER_OPTIONS = Object.entries(PLANNER_SETTINGS)
  .map(([k, v]) => `-c ${k}=${v}`)
  .join(" ");

/** PrismaPg given a connectionString reuses it as "shadow" database: pass the fields instead. */
export function pgConfig(url: string) {
  const u = new URL(url);
  return {
    // libpq's convention for a Unix socket: postgresql://user@localhost/db?host=/var/run/postgresql
    host: u.searchParams.get("host") ?? u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    max: Number(u.searchParams.get("connection_limit") ?? 10),
    connectionTimeoutMillis: 5000,
    options: PLANNER_OPTIONS,
  };
}

/**
 * `pgliteDir` undefined → in-memory PGlite (tests). `snapshot`: a data folder dumped by PGlite
 * (`dumpDataDir`) to start from instead of an empty cluster; the tests' migrated copy, because
 * creating a cluster (initdb in WebAssembly) costs several times what loading one does.
 */
export function openEmbedded(pgliteDir?: string, snapshot?: Blob): Database {
  if (pgliteDir) mkdirSync(path.dirname(pgliteDir), { recursive: true });
  // One options object: `new PGlite(undefined, { extensions })` (in-memory) silently drops the extensions.
  const pglite = new PGlite({ dataDir: pgliteDir, loadDataDir: snapshot, extensions: { pg_trgm } });
  // PGlite is one session and runs statements in order: this SET precedes every query of the app. If
  // the folder cannot be opened, the first real query reports it; this one must not crash the process.
  pglite.exec(PLANNER_SQL).catch(() => undefined);
  return {
    ...embedded(new PrismaPGlite(pglite), async () => {
      if (!pglite.closed) await pglite.close();
    }),
    snapshot: () => pglite.dumpDataDir("none"),
  };
}

/** An embedded Database over an adapter; `release` frees what lies under it after Prisma lets go. */
function embedded(adapterFactory: SqlMigrationAwareDriverAdapterFactory, release: () => Promise<void>): Database {
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    adapterFactory,
    engine: "embedded",
    close: async () => {
      await prisma.$disconnect();
      await release();
    },
  };
}

/**
 * adapter-pg runs a migration script by splitting it on ";", which breaks a PL/pgSQL body ($$ … $$).
 * PostgreSQL's simple query protocol runs a whole multi-statement script as is: use that instead.
 */
function wholeScripts(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const withErrors = adapter as unknown as {
      onError(e: unknown): never;
      underlyingDriver(): { query(sql: string): Promise<unknown> };
    };
    adapter.executeScript = async (script: string) => {
      try {
        await withErrors.underlyingDriver().query(script);
      } catch (error) {
        withErrors.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

/** The embedded database on a worker thread of its own (lib/db/pglite-thread.ts): the app's default. */
export function openEmbeddedThread(pgliteDir: string): Database {
  mkdirSync(path.dirname(pgliteDir), { recursive: true });
  const thread = new PGliteThread(pgliteDir, PLANNER_SQL);
  return embedded(threadAdapterFactory(thread), () => thread.close());
}

export function openServer(url: string): Database {
  const config = pgConfig(url);
  // Lets a raw connect error be told apart from any other socket's (lib/db/outage.ts).
  noteDatabaseEndpoint(config.host, config.port);
  // A terminated idle connection (PostgreSQL stopped or restarted) is an outage signal; pg's pool
  // drops that connection and opens a fresh one on the next query, so recovery needs no restart.
  const adapterFactory = wholeScripts(new PrismaPg(config, { onPoolError: () => noteDatabaseUnavailable() }));
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return { prisma, adapterFactory, engine: "server", close: () => prisma.$disconnect() };
}

export function openDatabase(opts: { url?: string; pgliteDir: string; thread?: boolean }): Database {
  if (opts.url) return openServer(opts.url);
  return opts.thread ? openEmbeddedThread(opts.pgliteDir) : openEmbedded(opts.pgliteDir);
}
