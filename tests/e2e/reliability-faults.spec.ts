// Issue 10 part 3: PostgreSQL stopped in the middle of a load run. On a cluster of its own (never the
// shared one) with an app instance of its own: reads, expense posts and page views run in parallel;
// `pg_ctl stop -m immediate` cuts the database away mid-load; then it is started again. Every answer
// during the outage is a clear 503 (JSON UNAVAILABLE with Retry-After, or the Danish 503 page) and
// never a 500 or a stack trace; the same app process recovers by itself; afterwards every stored
// total still equals its ledger. Skipped only where PostgreSQL is not installed and CI is not set.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { postgresBin, startCluster, type Cluster } from "./support/pg-cluster";
import { sessionCookie, startApp, type AppInstance } from "./support/app-instance";
import { brokenRules, query } from "./support/invariants";

const bin = postgresBin();
const PORT = Number(process.env.E2E_PORT ?? 3100) + 30;
const STACK = /\bat [\w.<>]+ \(|node_modules|\w+Error: |PrismaClient/;

type Kind = "apiRead" | "apiWrite" | "page";
type Window = "before" | "down" | "after";
/** `cut`: in flight when PostgreSQL was stopped or started (began in one window, ended in another). */
type Answer = {
  kind: Kind;
  window: Window;
  cut: boolean;
  status: number;
  body: string;
  retryAfter: string | null;
  type: string;
};

test.describe("PostgreSQL stopped during a load run", () => {
  test.skip(
    !bin && process.env.CI !== "true",
    "PostgreSQL's binaries are not installed here (under CI=true this fails instead)",
  );
  // It brings its own server: once per CI run is enough, in the embedded run (the server run skips it).
  test.skip(!!process.env.DATABASE_URL, "runs in the embedded e2e run; it starts its own PostgreSQL");
  test.setTimeout(420_000);

  let cluster: Cluster | undefined;
  let app: AppInstance | undefined;
  test.afterAll(async () => {
    await app?.stop();
    cluster?.destroy();
  });

  test("answers 503 while it is away, recovers without a restart, and loses nothing", async ({ page }) => {
    expect(bin, "PostgreSQL binaries (apt-get install postgresql)").toBeTruthy();
    cluster = await startCluster(bin!);
    const url = cluster.url();
    const seeded = spawnSync("npx", ["tsx", "scripts/db-seed.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    expect(seeded.status, seeded.stderr).toBe(0);
    app = await startApp(PORT, {
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "fault-app-")),
      NEXTAUTH_SECRET: "fault-spec-secret-0123456789abcdef",
    });
    const cookie = await sessionCookie(app.url, "projektleder@aarhus.example");
    const [phase] = await query<{ id: number; remaining: number }>(
      url,
      `SELECT ph.id, ph.granted - ph.spent AS remaining FROM "Phase" ph JOIN "Pilot" p ON p.id = ph."pilotId"
       WHERE p.title = 'AI-assisteret journalisering og resumé i socialforvaltningen' AND ph.status IN ('ACTIVE', 'AWAITING_GATE')`,
    );
    expect(phase.remaining).toBeGreaterThan(100_000);
    const [pilot] = await query<{ id: number }>(
      url,
      `SELECT id FROM "Pilot" WHERE title = 'Vandstandssensorer og varsling af oversvømmelse langs Gudenåen'`,
    );

    let window: Window = "before";
    const answers: Answer[] = [];
    const noAnswer: string[] = [];
    let n = 0;
    const once = async (kind: Kind) => {
      const at = window;
      const i = n++;
      const req =
        kind === "apiRead"
          ? fetch(`${app!.url}/api/v1/pilots?q=vand`)
          : kind === "page"
            ? fetch(`${app!.url}/piloter/${pilot.id}`, { headers: { cookie } })
            : fetch(`${app!.url}/api/v1/phases/${phase.id}/expenses`, {
                method: "POST",
                headers: { cookie, "content-type": "application/json" },
                body: JSON.stringify({
                  amount: 100,
                  date: "2026-10-01",
                  category: "drift",
                  description: `Fault-load ${i}`,
                }),
              });
      try {
        const res = await req;
        const body = await res.text();
        answers.push({
          kind,
          window: at,
          cut: window !== at,
          status: res.status,
          body,
          retryAfter: res.headers.get("retry-after"),
          type: res.headers.get("content-type") ?? "",
        });
      } catch (err) {
        noAnswer.push(`${kind} ${at}: ${String(err)}`);
      }
    };
    let running = true;
    const kinds: Kind[] = ["apiRead", "apiWrite", "page"];
    const workers = Array.from({ length: 9 }, (_, w) =>
      (async () => {
        while (running) await once(kinds[w % 3]);
      })(),
    );
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const okAfter = (kind: Kind) => answers.some((a) => a.window === "after" && a.kind === kind && a.status < 300);

    await sleep(4_000);
    cluster.stop("immediate");
    window = "down";
    await sleep(3_000);
    // The 503 page is a page like any other: readable, and accessible (WCAG 2.1 AA).
    const shown = await page.goto(`${app.url}/piloter/${pilot.id}`);
    expect(shown?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innovationsmotor er midlertidigt utilgængelig");
    await expectNoAxeViolations(page);
    await sleep(5_000);
    cluster.start();
    window = "after";
    const restartedAt = Date.now();
    while (!kinds.every(okAfter) && Date.now() - restartedAt < 60_000) await sleep(250);
    const recoveredInMs = Date.now() - restartedAt;
    await sleep(2_000);
    running = false;
    await Promise.all(workers);

    const count = (f: (a: Answer) => boolean) => answers.filter(f).length;
    const summary = Object.fromEntries(
      (["before", "down", "after", "cut"] as const).map((w) => [
        w,
        Object.fromEntries(
          kinds.map((k) => [
            k,
            answers
              .filter((a) => (w === "cut" ? a.cut : !a.cut && a.window === w) && a.kind === k)
              .map((a) => a.status)
              .sort()
              .join(",")
              .replace(/(\d+)(,\1)+/g, (m, s: string) => `${s}×${m.split(",").length}`),
          ]),
        ),
      ]),
    );
    console.log(
      `[faults] ${answers.length} answers, recovered ${recoveredInMs} ms after the restart: ${JSON.stringify(summary)}`,
    );

    expect(noAnswer, "every request got an HTTP answer").toEqual([]);
    // A page already rendering when the database vanished cannot change its status any more: it ends
    // as Next's error page (500, no details). Every request that arrives during the outage, and every
    // API request at any time, gets a 503 instead.
    const unexpected = answers.filter((a) => a.status >= 500 && a.status !== 503 && !(a.cut && a.kind === "page"));
    expect(
      unexpected.map((a) => `${a.kind} ${a.window} ${a.status} ${a.body.slice(0, 300)}`),
      "no 500 except for pages cut mid-render",
    ).toEqual([]);
    const cutPages = answers.filter((a) => a.cut && a.kind === "page" && a.status === 500);
    if (cutPages.length)
      console.log(
        `[faults] ${cutPages.length} page(s) cut mid-render answered 500; visible text: ${JSON.stringify(
          cutPages[0].body
            .replace(/<script[\s\S]*?<\/script>/g, "")
            .replace(/<[^>]+>/g, " ")
            .replace(/\s+/g, " ")
            .trim()
            .slice(0, 300),
        )}`,
      );
    for (const a of answers)
      expect(STACK.test(a.body), `${a.kind} ${a.window} ${a.status}: no stack trace in ${a.body.slice(0, 300)}`).toBe(
        false,
      );
    const unavailable = answers.filter((a) => a.status === 503);
    expect(
      count((a) => a.status === 503 && a.kind !== "page"),
      "the API said 503 while PostgreSQL was away",
    ).toBeGreaterThan(0);
    expect(
      count((a) => a.status === 503 && a.kind === "page"),
      "pages said 503 while PostgreSQL was away",
    ).toBeGreaterThan(0);
    for (const a of unavailable) {
      expect(a.retryAfter, `${a.kind} 503 carries Retry-After`).toMatch(/^\d+$/);
      if (a.kind === "page") expect(a.body).toContain("midlertidigt utilgængelig");
      else
        expect(JSON.parse(a.body)).toMatchObject({
          error: { code: "UNAVAILABLE", message: expect.stringMatching(/\S/) },
        });
    }
    expect(
      kinds.filter((k) => !okAfter(k)),
      "every kind of request succeeds again, from the same process",
    ).toEqual([]);
    expect(process.kill(app.pid, 0)).toBe(true);

    // Nothing half written: each stored total equals its ledger. Nothing lost: every 201 is a row; a
    // post cut off mid-commit may have landed although its answer was a 503, never the other way.
    expect(await brokenRules(url)).toEqual([]);
    const [{ rows }] = await query<{ rows: number }>(
      url,
      `SELECT count(*)::int AS rows FROM "Expense" WHERE description LIKE 'Fault-load %'`,
    );
    const created = count((a) => a.kind === "apiWrite" && a.status === 201);
    expect(rows).toBeGreaterThanOrEqual(created);
    expect(rows).toBeLessThanOrEqual(created + count((a) => a.kind === "apiWrite" && a.status === 503));
    console.log(
      `[faults] expenses: ${created} answered 201, ${rows} rows stored; ${unavailable.length} answers were 503`,
    );
  });
});
