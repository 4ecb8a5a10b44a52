// npm run demo: build if the sources changed, prepare the database (migrations, reference and demo
// data), then serve the production build on PORT (default 3000).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env, pgliteDir } from "../lib/env";
import { openDatabase } from "../lib/db/connect";
import { prepareDatabase } from "../lib/db/prepare";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const next = path.join(root, "node_modules", ".bin", "next");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["app", "lib", "components", "public"]
    .filter((d) => existsSync(d))
    .map((d) => newestMtime(path.join(root, d)));
  const configs = ["next.config.ts", "package-lock.json"].map((f) => statSync(path.join(root, f)).mtimeMs);
  return Math.max(...sources, ...configs) > statSync(buildId).mtimeMs;
}

/** `next build`, when the sources changed; resolves to its exit code (0 when there was nothing to build). */
function build(): Promise<number> {
  if (!process.argv.includes("--rebuild") && !buildIsStale()) return Promise.resolve(0);
  console.log("› building the app (next build)…");
  const child = spawn(next, ["build"], { stdio: "inherit", env: process.env });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

if (process.argv.includes("--build-only")) process.exit(await build());

// The database is prepared while the app builds: the build is mostly the bundler's threads and the
// type checker, the preparation one thread of migrations and demo data (a fresh clone starts sooner).
const building = build();
console.log(`› preparing the ${env.DATABASE_URL ? "PostgreSQL server" : `embedded database in ${pgliteDir}`}…`);
const db = openDatabase({ url: env.DATABASE_URL, pgliteDir });
try {
  console.log(await prepareDatabase(db, { demo: !process.argv.includes("--no-demo") }));
} finally {
  await db.close();
}
const built = await building;
if (built !== 0) process.exit(built);

console.log(`› serving http://localhost:${port}`);
const server = spawn(next, ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
