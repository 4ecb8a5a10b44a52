// npm run bench -- [--database-url postgresql://…/bench] [--pilots 20000] [--embedded-pilots 1000]
//                  [--seconds 12] [--warmup 3] [--connections 16] [--port 3420] [--only server|embedded] [--skip-build]
// Builds (if the sources changed), then for each target — a PostgreSQL server with --pilots, the
// embedded default with --embedded-pilots — generates the data if it is not there yet, starts the
// production server (next start) and measures every route with autocannon, one after the other.
// Without --database-url (or DATABASE_URL) it starts its own PostgreSQL 15 in a temporary folder.
// Writes bench/results/<time>.{md,json} and prints the tables. Run it under the heavy-job lock:
// flock /tmp/heavy.lock npm run bench
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { clientWeights } from "./lib/bench/client-weight";
import { measure } from "./lib/bench/load";
import { startPostgres } from "./lib/bench/postgres";
import { markdown, type BenchReport, type TargetResult } from "./lib/bench/report";
import { settle, signIn, waitForHealth } from "./lib/bench/session";
import { BENCH_LEAD_EMAIL } from "./lib/bench/sql-people";
import { PASSWORD, READER_EMAIL, readFixtures, routes, type Fixtures } from "./lib/bench/targets";
const { values: o } = parseArgs({
  options: {
    "database-url": { type: "string" },
    pilots: { type: "string", default: "20000" },
    "embedded-pilots": { type: "string", default: "1000" },
    "embedded-dir": { type: "string", default: path.join(os.tmpdir(), "innovationsmotor-bench-embedded") },
    seconds: { type: "string", default: "12" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3420" },
    only: { type: "string" },
    "skip-build": { type: "boolean", default: false },
  },
});
const settings = { seconds: Number(o.seconds), warmup: Number(o.warmup), connections: Number(o.connections) };
const port = Number(o.port);
const base = `http://127.0.0.1:${port}`;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${r.status})`);
}

function startApp(env: NodeJS.ProcessEnv): ChildProcess {
  const next = path.join(process.cwd(), "node_modules", ".bin", "next");
  const child = spawn(next, ["start", "-p", String(port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: base, NEXTAUTH_SECRET: "benchmark-secret-not-for-production" },
  });
  return child;
}

function stopApp(child: ChildProcess) {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  return new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once("exit", () => resolve())));
}

async function measureTarget(
  label: string,
  env: NodeJS.ProcessEnv,
  fixtures: Fixtures,
  embedded: boolean,
): Promise<TargetResult> {
  console.log(`› ${label}: starting next start on ${base}`);
  const app = startApp(env);
  try {
    await waitForHealth(base);
    const cookies = {
      reader: await signIn(base, READER_EMAIL, PASSWORD),
      writer: await signIn(base, BENCH_LEAD_EMAIL, PASSWORD),
    };
    const results = [];
    for (const spec of routes(base, fixtures, cookies, embedded)) {
      await settle(base);
      const r = await measure(base, spec, settings);
      console.log(
        `  ${spec.name.padEnd(46)} alone ${r.serialMs} ms ${String(r.rps).padStart(7)} req/s  p50 ${r.p50}  p95 ${r.p95}  p99 ${r.p99}  ${JSON.stringify(r.statusCodes)}`,
      );
      results.push(r);
    }
    return { target: label, pilots: fixtures.pilots, routes: results };
  } finally {
    await stopApp(app);
  }
}

async function serverTarget(): Promise<TargetResult> {
  const given = o["database-url"] ?? process.env.DATABASE_URL;
  const pg = given ? null : await startPostgres(port + 19);
  const url = given ?? pg!.url;
  try {
    let fixtures = await readFixtures({ url });
    if (!fixtures) {
      run("npx", ["tsx", "scripts/bench-data.ts", "--pilots", o.pilots!, "--database-url", url]);
      fixtures = await readFixtures({ url });
    }
    return await measureTarget("PostgreSQL server", { ...process.env, DATABASE_URL: url }, fixtures!, false);
  } finally {
    await pg?.stop();
  }
}

async function embeddedTarget(): Promise<TargetResult> {
  const dataDir = o["embedded-dir"]!;
  const env = { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir };
  mkdirSync(dataDir, { recursive: true });
  let fixtures = await readFixtures({ pgliteDir: path.join(dataDir, "pglite") });
  if (!fixtures) {
    run("npx", ["tsx", "scripts/bench-data.ts", "--pilots", o["embedded-pilots"]!], env);
    fixtures = await readFixtures({ pgliteDir: path.join(dataDir, "pglite") });
  }
  return measureTarget("Embedded PGlite (default)", env, fixtures!, true);
}

const startedAt = new Date().toISOString();
if (!o["skip-build"]) run("npx", ["tsx", "scripts/demo.ts", "--build-only"]);
const report: BenchReport = {
  startedAt,
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "?",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg(),
    node: process.version,
  },
  settings,
  targets: [],
  clientWeight: clientWeights(),
};
if (o.only !== "embedded") report.targets.push(await serverTarget());
if (o.only !== "server") report.targets.push(await embeddedTarget());

const md = markdown(report);
const dir = path.join("bench", "results");
mkdirSync(dir, { recursive: true });
const stem = path.join(dir, startedAt.replace(/[:.]/g, "-"));
writeFileSync(`${stem}.md`, md);
writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${md}\n› written ${stem}.md and .json`);
