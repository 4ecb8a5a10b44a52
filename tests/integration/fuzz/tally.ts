// The fuzz suites print how many cases they tried and leave the figures in test-results/fuzz/, so
// docs/reliability.md can quote a run and anyone can reproduce it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export function recordCases(suite: string, figures: Record<string, number>) {
  const engine = process.env.TEST_DATABASE_URL ? "server" : "embedded";
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  console.log(`[fuzz] ${suite} on ${engine}: ${line}`);
  const dir = path.resolve(import.meta.dirname, "../../../test-results/fuzz");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${suite}-${engine}.json`),
    JSON.stringify({ suite, engine, at: new Date().toISOString(), ...figures }, null, 2),
  );
}
