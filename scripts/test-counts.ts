// Test counts from every runner, kept as small JSON files so CI can total them on one line.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

export type Counts = { passed: number; failed: number; skipped: number };
export const COUNTS_DIR = path.resolve("test-results", "counts");

export function resetCounts() {
  rmSync(COUNTS_DIR, { recursive: true, force: true });
}

export function saveCounts(label: string, counts: Counts) {
  mkdirSync(COUNTS_DIR, { recursive: true });
  writeFileSync(path.join(COUNTS_DIR, `${label}.json`), JSON.stringify(counts));
}

export function totalCounts(): Counts {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(COUNTS_DIR)) return total;
  for (const f of readdirSync(COUNTS_DIR)) {
    const c = JSON.parse(readFileSync(path.join(COUNTS_DIR, f), "utf8")) as Counts;
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  return total;
}

export function countsLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ""}`;
}

/** Vitest's JSON reporter output. A run that crashed before writing it counts as one failure. */
export function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  const failedSuites = (r.testResults ?? []).filter(
    (s: { status: string; assertionResults: unknown[] }) => s.status === "failed" && s.assertionResults.length === 0,
  ).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + failedSuites,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

/** Playwright's JSON reporter output. */
export function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(readFileSync(file, "utf8")).stats;
  const setupErrors = (JSON.parse(readFileSync(file, "utf8")).errors ?? []).length;
  return { passed: s.expected + s.flaky, failed: s.unexpected + setupErrors, skipped: s.skipped };
}
