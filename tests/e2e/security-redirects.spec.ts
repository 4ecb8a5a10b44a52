// Issue 15 finding 2: no open redirect. A return address the browser would normalise to another
// origin (`/\evil.example/` → `//evil.example/`) is replaced by "/" before anyone is sent there: after a
// real sign-in, from the language switch, from next-auth's own callbackUrl (lib/safe-return.ts).
import { test, expect, DEMO_PASSWORD, ROLES } from "./fixtures";

const CRAFTED = [
  "/\\evil.example/",
  "/\\/evil.example/",
  "/\t/evil.example/",
  "/%5Cevil.example/",
  "/%2F/evil.example/",
];

test("a crafted return address after a real sign-in lands on this site, not on evil.example", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  // Nothing may leave for the other site; if the browser tried, the test sees it in the URL.
  await page.route(
    (url) => url.hostname === "evil.example",
    (route) => route.fulfill({ status: 200, body: "evil" }),
  );
  for (const crafted of CRAFTED) {
    await page.context().clearCookies();
    await page.goto(`/log-ind?callbackUrl=${encodeURIComponent(crafted)}`);
    await page.getByLabel("E-mail").fill(ROLES.member);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByRole("button", { name: "Log ud", exact: true })).toBeVisible();
    expect(new URL(page.url()).origin, crafted).toBe(origin);
    expect(page.url()).not.toContain("evil.example");
  }
});

test("the language switch and next-auth's callbackUrl send a crafted address home", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const home = await (await request.get("/")).text();
  const actionId = home.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1];
  for (const crafted of CRAFTED) {
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, "");
    form.set("locale", "da");
    const res = await request.post("/", {
      multipart: form,
      headers: { referer: `${origin}${crafted}`, origin },
      maxRedirects: 0,
    });
    const location = res.headers()["location"] ?? res.headers()["x-action-redirect"] ?? "";
    expect(location, crafted).not.toBe("");
    expect(new URL(location.split(";")[0], origin).origin, crafted).toBe(origin);
  }
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  for (const crafted of CRAFTED) {
    const res = await request.post("/api/auth/signout", {
      form: { csrfToken, callbackUrl: `${origin}${crafted}`, json: "true" },
    });
    const { url } = (await res.json()) as { url: string };
    expect(new URL(url, origin).origin, crafted).toBe(origin);
    // The path itself must not be one a browser would read as another host.
    expect(new URL(new URL(url, origin).pathname, origin).origin, crafted).toBe(origin);
  }
});
