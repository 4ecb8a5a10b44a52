// Finds a Chromium for Playwright and runs the end-to-end suite against a production build.
// Order: CHROMIUM_PATH; the system's /usr/bin/chromium; Playwright's own browser if downloaded;
// Debian's package when running as root on Debian; Playwright's download where the internet allows.
import { execSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { chromium } from "@playwright/test";

function say(msg: string) {
  console.log(`[e2e] ${msg}`);
}

function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* not downloaded */
  }
  return undefined;
}

let browser = findChromium();
if (browser) {
  say(`using the browser at ${browser}`);
} else if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
  say("no Chromium found: installing Debian's package (apt-get install -y chromium)…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  browser = findChromium();
} else {
  say("no Chromium found: downloading Playwright's own (npx playwright install chromium)…");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  browser = findChromium();
}
if (!browser) {
  say("could not find or install Chromium. Install it (e.g. apt-get install chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}

// Build first, outside Playwright's web-server timeout (a cold build on a busy 2-core machine is slow).
const built = spawnSync("npx", ["tsx", "scripts/demo.ts", "--build-only"], { stdio: "inherit", env: process.env });
if (built.status !== 0) {
  say("the production build failed");
  process.exit(built.status ?? 1);
}

// The suite runs on its own embedded database, fresh every run.
rmSync(".data/e2e", { recursive: true, force: true });
// Playwright empties its output folder: keep it apart from test-results/counts (scripts/test-counts.ts).
const r = spawnSync("npx", ["playwright", "test", "--output", "test-results/e2e", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(r.status ?? 1);
