// npm run search:quality [-- --misses] — recall at 10 and MRR of the judged set
// (tests/search-quality/judged-set.json) on the demo data, for the catalogue and "Hvem har prøvet
// det?": the Markdown table docs/search-quality.md keeps, and with --misses what each query did not
// find. It runs the judged-set test itself (the app's search modules need the test setup's aliases
// outside Next), which writes its figures to the file named by SEARCH_QUALITY_OUT; with
// TEST_DATABASE_URL set, on that PostgreSQL server instead of the embedded database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { qualityTable, type Quality } from "../tests/search-quality/measure";

const { values } = parseArgs({ options: { misses: { type: "boolean", default: false } } });
const dir = mkdtempSync(path.join(os.tmpdir(), "search-quality-"));
const out = path.join(dir, "quality.json");
try {
  const vitest = path.join(process.cwd(), "node_modules", ".bin", "vitest");
  const run = spawnSync(vitest, ["run", "--project", "integration", "tests/integration/search/judged-set.test.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, SEARCH_QUALITY_OUT: out },
  });
  const columns = JSON.parse(readFileSync(out, "utf8")) as Record<string, Quality>;
  console.log(qualityTable(columns));
  if (values.misses) {
    for (const [name, q] of Object.entries(columns)) {
      console.log(`\n${name}:`);
      for (const s of q.queries.filter((x) => x.recall < 1)) console.log(`  ${s.id} (${s.q}): ${s.missing.join("; ")}`);
    }
  }
  if (run.status !== 0) console.log("\n(the judged-set test failed: see above)");
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
