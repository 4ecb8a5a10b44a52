// The embedded database on its own thread (lib/db/pglite-thread.ts): PGlite and its Prisma adapter
// run here, so SQL executes in parallel with the app's rendering on the main thread. Plain ES module,
// not bundled: the app starts it by path. Messages: { id, op, txId?, arg } → { id, ok, value | error }.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

const pglite = new PGlite({ dataDir: workerData.dataDir, extensions: { pg_trgm } });
pglite.exec(workerData.settings).catch(() => undefined); // a bad folder is reported by the first real query
const adapter = await new PrismaPGlite(pglite).connect();
const transactions = new Map();
let nextTx = 1;

const ops = {
  queryRaw: (q, tx) => (tx ?? adapter).queryRaw(q),
  executeRaw: (q, tx) => (tx ?? adapter).executeRaw(q),
  // The adapter's executeScript does not wait for the script: wait here, so errors come back.
  executeScript: (script) => pglite.exec(script).then(() => undefined),
  startTransaction: async (isolationLevel) => {
    const tx = await adapter.startTransaction(isolationLevel);
    const txId = nextTx++;
    transactions.set(txId, tx);
    return { txId, options: tx.options };
  },
  commit: (_, tx, txId) => tx.commit().finally(() => transactions.delete(txId)),
  rollback: (_, tx, txId) => tx.rollback().finally(() => transactions.delete(txId)),
  close: () => pglite.close(),
};

function describe(error) {
  return { name: error?.name, message: String(error?.message ?? error), cause: error?.cause, code: error?.code };
}

parentPort.on("message", async ({ id, op, txId, arg }) => {
  try {
    const tx = txId === undefined ? undefined : transactions.get(txId);
    if (txId !== undefined && !tx) throw new Error(`transaction ${txId} is not open`);
    const value = await ops[op](arg, tx, txId);
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describe(error) });
  }
});
