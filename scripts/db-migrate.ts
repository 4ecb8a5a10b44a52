// npm run db:migrate: applies prisma/migrations to the configured database (embedded or server).
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";
import { migrateDatabase } from "../lib/db/migrate";

const db = openDatabase({ url: env.DATABASE_URL, pgliteDir });
try {
  const applied = await migrateDatabase(db);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
} finally {
  await db.close();
}
