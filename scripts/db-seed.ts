// npm run db:seed [-- --reference-only]: migrations, reference data, then demo data. Idempotent.
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";
import { prepareDatabase } from "../lib/db/prepare";

const db = openDatabase({ url: env.DATABASE_URL, pgliteDir });
try {
  const report = await prepareDatabase(db, { demo: !process.argv.includes("--reference-only") });
  console.log(report);
} finally {
  await db.close();
}
