// Security on the production build: the headers on pages and API answers, the nonce'd policy that
// lets the app's own scripts run and nothing else (no CSP violation on the main pages), a
// cross-site write with a session cookie refused by the API and by a server action, and no secret
// anywhere in the JavaScript and CSS sent to browsers.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, signInAs, ROLES } from "./fixtures";
import { OIDC_CLIENT_SECRET } from "./support/oidc-settings";
import { SMTP_URL } from "./support/smtp-settings";

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

/** Records every CSP violation the browser reports, from before the first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleCsp: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...consoleCsp];
}

test("a page carries the security headers and a fresh nonce that every script tag uses", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/");
    const h = res.headers();
    const csp = directives(h["content-security-policy"]);
    const nonce = csp["script-src"].find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    nonces.add(nonce);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["strict-transport-security"]).toMatch(/^max-age=\d{8,}/); // a production build
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

test("an API answer carries a policy that loads nothing, and the same headers", async ({ request }) => {
  const res = await request.get("/api/v1/municipalities");
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["strict-transport-security"]).toBeTruthy();
});

test("the main pages run under the policy without a single violation, and stay interactive", async ({ page }) => {
  const violations = await watchViolations(page);
  await signInAs(page, ROLES.secretariat);
  for (const url of [
    "/",
    "/piloter",
    "/katalog",
    "/portefoelje",
    "/kommuner",
    "/hvem-har-proevet",
    "/privatliv",
    "/faellesskaber/govtech-midtjylland/administration/brugere",
    "/profil",
  ]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Found by search, not by its place on the first page: other specs add pilots before this one runs.
  await page.goto("/piloter?q=journalisering");
  await page
    .getByRole("link", { name: /AI-assisteret journalisering/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AI-assisteret journalisering");
  // Client code runs: the language switch is a client-side form and takes effect.
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Skift til dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  expect(await violations()).toEqual([]);
});

test("an API write with the session cookie from another site is refused with 403 JSON and books nothing", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  const list = await (await page.request.get("/api/v1/pilots?q=journalisering&pageSize=50")).json();
  const pilot = list.items.find((p: { title: string }) => p.title.startsWith("AI-assisteret journalisering"));
  const detail = await (await page.request.get(`/api/v1/pilots/${pilot.id}`)).json();
  const phase = detail.phases.find((p: { status: string }) => p.status === "active" || p.status === "awaiting_gate");
  const spentBefore = phase.spent;
  const expense = { amount: 1, date: "2026-11-01", category: "drift", description: `CSRF-forsøg ${Date.now()}` };

  const forged = await page.request.post(`/api/v1/phases/${phase.id}/expenses`, {
    data: expense,
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toMatchObject({
    code: "CROSS_SITE_REQUEST",
    message: expect.stringContaining("andet websted"),
  });
  const after = await (await page.request.get(`/api/v1/pilots/${pilot.id}`)).json();
  expect(after.phases.find((p: { id: number }) => p.id === phase.id).spent).toBe(spentBefore);
});

test("a server action posted from another origin is refused by Next and changes nothing", async ({ page }) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto("/faellesskaber/govtech-midtjylland/administration/brugere");
  // Someone other than the secretariat itself (erasing oneself is refused anyway, which would prove nothing).
  const me = (await (await page.request.get("/api/auth/session")).json()).user.name as string;
  const labels = await page
    .getByRole("link", { name: /^Administrér / })
    .evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? ""));
  const other = labels.find((l) => l !== `Administrér ${me}`)!;
  await page.getByRole("link", { name: other, exact: true }).click();
  await expect(page).toHaveURL(/\/brugere\/\d+$/);
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const email = await page.locator("dd").first().textContent();
  // The erase form, submitted with the right e-mail, but the request's Origin rewritten to another site.
  let status = 0;
  await page.route("**/*", async (route) => {
    const req = route.request();
    if (req.method() === "POST" && req.headers()["next-action"]) {
      const res = await route.fetch({ headers: { ...req.headers(), origin: "https://evil.example" } });
      status = res.status();
      await route.fulfill({ response: res });
    } else await route.continue();
  });
  await page.getByLabel("Skriv brugerens e-mailadresse for at bekræfte").fill(email!.trim());
  await page.getByRole("button", { name: "Slet personoplysninger permanent" }).click();
  await expect.poll(() => status).toBeGreaterThanOrEqual(400);
  await page.unroute("**/*");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);
  await expect(page.locator("dd").first()).toHaveText(email!);
});

test("no secret reaches the browser: the build's static files hold no key, password or connection string", async () => {
  const root = path.resolve(".next/static");
  expect(existsSync(root)).toBe(true);
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(root, f))
    .filter((f) => /\.(js|css|json|txt|map)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const authSecretFile = path.resolve(".data/e2e/auth-secret");
  const secrets: [string, string][] = [
    ["OIDC client secret", OIDC_CLIENT_SECRET],
    ["SMTP URL", SMTP_URL],
    ...(existsSync(authSecretFile)
      ? [["next-auth secret", readFileSync(authSecretFile, "utf8").trim()] as [string, string]]
      : []),
    ...(process.env.DATABASE_URL ? [["DATABASE_URL", process.env.DATABASE_URL] as [string, string]] : []),
    ...(process.env.NEXTAUTH_SECRET ? [["NEXTAUTH_SECRET", process.env.NEXTAUTH_SECRET] as [string, string]] : []),
  ];
  const patterns: [string, RegExp][] = [
    ["private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
    ["connection string with credentials", /postgres(?:ql)?:\/\/[^\s"'`]*@/],
    ["SMTP credentials", /smtps?:\/\/[^\s"'`/]+:[^\s"'`@]+@/],
    ["bcrypt hash", /\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}/],
    ["environment variable name of a secret", /NEXTAUTH_SECRET|OIDC_CLIENT_SECRET|DATABASE_URL|SMTP_URL/],
  ];
  const found: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const [what, value] of secrets)
      if (value && text.includes(value)) found.push(`${what} in ${path.relative(root, f)}`);
    for (const [what, re] of patterns) if (re.test(text)) found.push(`${what} in ${path.relative(root, f)}`);
  }
  expect(secrets.length).toBeGreaterThanOrEqual(3);
  expect(found).toEqual([]);
});
