// Issue 15 finding 3: the per-address sign-in counter is keyed on what the client cannot choose. On
// an app instance of its own (a fresh embedded database with the reference data only, so the main
// suite's address budget stays untouched): 40 wrong guesses at 40 different e-mails from one socket,
// each with a new made-up X-Forwarded-For, are throttled once the address's free attempts are used
// up. With TRUSTED_PROXY_HOPS unset the header counts for nothing (lib/security/client-address.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test, expect } from "./fixtures";
import { startApp, type AppInstance } from "./support/app-instance";
import { SIGN_IN_THROTTLE } from "../../lib/auth/policy";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 40;

test.describe("sign-in throttling by socket address", () => {
  test.setTimeout(300_000);
  let app: AppInstance | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "address-app-"));
  test.afterAll(async () => {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("rotating X-Forwarded-For does not escape the per-address counter", async () => {
    const seeded = spawnSync("npx", ["tsx", "scripts/db-seed.ts", "--reference-only"], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      encoding: "utf8",
    });
    expect(seeded.status, seeded.stderr).toBe(0);
    app = await startApp(PORT, {
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "address-spec-secret-0123456789abcdef",
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const csrf = await fetch(`${app.url}/api/auth/csrf`);
      const cookie = csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          cookie,
          "x-forwarded-for": `203.0.113.${i}, 198.51.100.${i}`,
        },
        body: new URLSearchParams({
          csrfToken,
          email: `gaet${i}@ishoej.example`,
          password: "forkert-gaet",
          json: "true",
        }),
      });
      const { url } = (await res.json()) as { url: string };
      outcomes.push(new URL(url).searchParams.get("error") ?? "ok");
    }
    const throttled = outcomes.filter((o) => o === "Throttled").length;
    expect(outcomes.slice(0, SIGN_IN_THROTTLE.perAddress).every((o) => o === "CredentialsSignin")).toBe(true);
    expect(throttled).toBe(40 - SIGN_IN_THROTTLE.perAddress);
  });
});
