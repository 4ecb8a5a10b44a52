// The app's one Prisma client, opened lazily (so `next build` never touches the database) and
// kept on globalThis so dev hot reloads do not open a second PGlite on the same folder.
import "server-only";
import { env, pgliteDir } from "./env";
import { openDatabase, type Database } from "./db/connect";
import type { PrismaClient } from "./generated/prisma/client";

const g = globalThis as unknown as { __innovationsmotorDb?: Database };

export function database(): Database {
  if (!g.__innovationsmotorDb) {
    const db = openDatabase({ url: env.DATABASE_URL, pgliteDir, thread: process.env.EMBEDDED_THREAD !== "0" });
    g.__innovationsmotorDb = db;
    if (db.engine === "embedded") {
      // PGlite writes its folder from this process: close it cleanly on shutdown.
      const shutdown = () => void db.close().finally(() => process.exit(0));
      process.once("SIGINT", shutdown);
      process.once("SIGTERM", shutdown);
    }
  }
  return g.__innovationsmotorDb;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const client = database().prisma;
    const value = Reflect.get(client, key, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
