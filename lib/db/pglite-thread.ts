// The embedded database behind a worker thread (lib/db/pglite-worker.mjs). In-process PGlite runs
// every statement on the JavaScript thread that also renders pages, so under load SQL and rendering
// queue behind each other; on its own thread they overlap (issue 22, docs/performance.md). The app
// talks to it through this Prisma driver adapter, which forwards each call as a message.
import { Worker } from "node:worker_threads";
import path from "node:path";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
  TransactionOptions,
} from "@prisma/driver-adapter-utils";

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WorkerError };
type WorkerError = { name?: string; message: string; cause?: unknown; code?: string };

/** Where the worker's file is: beside this one in the checkout (the app is started from its root). */
const WORKER_FILE = path.join(process.cwd(), "lib", "db", "pglite-worker.mjs");

export class PGliteThread {
  private worker: Worker;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private nextId = 1;

  constructor(dataDir: string, settings: string) {
    this.worker = new Worker(WORKER_FILE, { workerData: { dataDir, settings } });
    this.worker.on("message", (reply: Reply) => {
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(rebuild(reply.error));
    });
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`the database thread stopped (exit code ${code})`)));
  }

  call<T>(op: string, arg?: unknown, txId?: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, op, txId, arg });
    });
  }

  async close(): Promise<void> {
    await this.call("close").catch(() => undefined);
    await this.worker.terminate();
  }

  private failAll(error: unknown) {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

function rebuild(e: WorkerError): Error {
  if (e.name === "DriverAdapterError" && e.cause) return new DriverAdapterError(e.cause as DriverAdapterError["cause"]);
  return Object.assign(new Error(e.message), { name: e.name ?? "Error", code: e.code });
}

class ThreadQueryable {
  readonly provider = "postgres" as const;
  readonly adapterName = "pglite-thread";
  constructor(
    protected thread: PGliteThread,
    protected txId?: number,
  ) {}
  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call("queryRaw", query, this.txId);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call("executeRaw", query, this.txId);
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: PGliteThread,
    txId: number,
    readonly options: TransactionOptions,
  ) {
    super(thread, txId);
  }
  commit(): Promise<void> {
    return this.thread.call("commit", undefined, this.txId);
  }
  rollback(): Promise<void> {
    return this.thread.call("rollback", undefined, this.txId);
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  executeScript(script: string): Promise<void> {
    return this.thread.call("executeScript", script);
  }
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { txId, options } = await this.thread.call<{ txId: number; options: TransactionOptions }>(
      "startTransaction",
      isolationLevel,
    );
    return new ThreadTransaction(this.thread, txId, options);
  }
  getConnectionInfo() {
    return { supportsRelationJoins: true };
  }
  async dispose(): Promise<void> {}
}

export function threadAdapterFactory(thread: PGliteThread): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "pglite-thread",
    connect: async () => new ThreadAdapter(thread),
    // Migrations here never diff against a shadow database (they are applied, not generated).
    connectToShadowDb: () => Promise.reject(new Error("no shadow database for the embedded thread")),
  };
}
