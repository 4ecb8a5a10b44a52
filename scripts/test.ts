// npm test: unit and integration tests (Vitest), then end-to-end tests (Playwright on a production
// build in Chromium). Prints one line with the totals. `--suite unit|integration|e2e` runs one.
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  countsLine,
  playwrightCounts,
  saveCounts,
  totalCounts,
  vitestCounts,
  resetCounts,
  type Counts,
} from "./test-counts";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg("--suite");
const label = arg("--label");
if (!process.argv.includes("--keep-counts")) resetCounts();

const bin = (name: string) => path.join("node_modules", ".bin", name);
let failed = false;

function vitest(project: string) {
  const out = path.resolve("test-results", `vitest-${label ?? project}.json`);
  const r = spawnSync(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  const counts: Counts = vitestCounts(out);
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1;
  saveCounts(label ?? project, counts);
  failed ||= r.status !== 0;
  console.log(`${label ?? project}: ${countsLine(counts)}`);
}

function e2e() {
  const name = label ?? "e2e";
  const out = path.resolve("test-results", `playwright-${name}.json`);
  const r = spawnSync("npx", ["tsx", "scripts/e2e.ts"], {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
  });
  const counts = playwrightCounts(out);
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1;
  saveCounts(name, counts);
  failed ||= r.status !== 0;
  console.log(`${name}: ${countsLine(counts)}`);
}

if (!only || only === "unit") vitest("unit");
if (!only || only === "integration") vitest("integration");
if (!only || only === "e2e") e2e();

console.log(countsLine(totalCounts()));
process.exit(failed ? 1 : 0);
