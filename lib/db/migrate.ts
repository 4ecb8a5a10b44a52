// Applies prisma/migrations to a database, serialised by an advisory lock so several app
// instances starting at once against one server do not race.
import type { Database } from "./connect";
import { applyMigrations } from "./schema-engine";

const MIGRATION_LOCK = 727_001; // arbitrary, fixed advisory-lock key

export async function migrateDatabase(db: Database): Promise<string[]> {
  if (db.engine === "embedded") return applyMigrations(db.adapterFactory);
  return withAdvisoryLock(db, MIGRATION_LOCK, () => applyMigrations(db.adapterFactory));
}

export async function withAdvisoryLock<T>(db: Database, key: number, fn: () => Promise<T>): Promise<T> {
  // A session-level lock must be taken and released on the same connection: hold one in a transaction.
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key})`;
      return fn();
    },
    { timeout: 10 * 60_000, maxWait: 10 * 60_000 },
  );
}
