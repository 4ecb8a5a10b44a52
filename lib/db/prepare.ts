// Brings a database to a usable state: migrations, reference data, optionally the demo data.
// Runs before the server starts (PGlite has no cross-process lock), under an advisory lock on a server.
import type { Database } from "./connect";
import { migrateDatabase, withAdvisoryLock } from "./migrate";
import { seedReference } from "../../prisma/seed/reference";
import { seedDemo } from "../../prisma/seed/demo";

const SEED_LOCK = 727_002;

export async function prepareDatabase(db: Database, opts: { demo: boolean }) {
  const applied = await migrateDatabase(db);
  const seed = async () => {
    const reference = await seedReference(db.prisma);
    const demo = opts.demo ? await seedDemo(db.prisma) : null;
    return { reference, demo };
  };
  const seeded = db.engine === "server" ? await withAdvisoryLock(db, SEED_LOCK, seed) : await seed();
  return { engine: db.engine, migrationsApplied: applied, ...seeded };
}
