import { defineConfig } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_NAME } from "./tests/e2e/support/oidc-settings";
import { MAILBOX_URL, MAIL_FROM, SMTP_URL } from "./tests/e2e/support/smtp-settings";

const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: "tests/e2e",
  // Generous: a 2-core CI machine builds, seeds and serves at once; a slow step is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      // A real OpenID Connect provider for the single sign-on tests, started before the app.
      command: "npx tsx tests/e2e/support/oidc-provider.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      // Generous: a 2-core CI machine builds, seeds and serves at once; a slow step is not a failure.
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(port) },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A real SMTP server for the notification e-mails, with an HTTP mailbox the specs read.
      command: "npx tsx tests/e2e/support/smtp-server.ts",
      url: `${MAILBOX_URL}/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { E2E_PORT: String(port) },
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // A production build on its own embedded database with the demo data (scripts/demo.ts builds when stale).
      command: "npx tsx scripts/demo.ts",
      url: `http://localhost:${port}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      env: {
        PORT: String(port),
        DATA_DIR: ".data/e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_NAME,
        SMTP_URL,
        MAIL_FROM,
      },
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
