// Issue 15 finding 7, the smaller points, on the production build: 403 (not 409) for a member on an
// ended pilot's results API; no caching of authenticated API answers; X-Forwarded-Host not believed
// by the CSRF checks without TRUSTED_PROXY_HOPS; a cross-origin server action refused with 403 (not
// Next's 500); a favicon that exists and carries a policy.
import { test, expect, signInAs, ROLES } from "./fixtures";

test("a member who is not the lead gets 403 on an ended pilot's results API, not 409", async ({ page }) => {
  await signInAs(page, ROLES.member);
  const list = await (await page.request.get("/api/v1/pilots?status=stopped&pageSize=50")).json();
  const ended = list.items.find((p: { status: string }) => p.status === "stopped");
  expect(ended, "a stopped pilot in the demo data").toBeTruthy();
  const res = await page.request.post(`/api/v1/pilots/${ended.id}/results`, {
    data: { kind: "milestone", title: "Forsøg", occurredOn: "2026-05-01" },
  });
  expect(res.status()).toBe(403);
});

test("every authenticated API answer says private, no-store", async ({ page }) => {
  await signInAs(page, ROLES.projectLead);
  for (const path of [
    "/api/v1/pilots",
    "/api/v1/communities",
    "/api/v1/portfolio/summary",
    "/api/v1/pilots/2147483647",
  ]) {
    const res = await page.request.get(path);
    expect(res.headers()["cache-control"], path).toBe("private, no-store");
  }
});

test("a forged X-Forwarded-Host does not make a cross-site write look same-site, to the API or a server action", async ({
  page,
  baseURL,
}) => {
  await signInAs(page, ROLES.projectLead);
  const list = await (await page.request.get("/api/v1/pilots?q=journalisering&pageSize=50")).json();
  const pilot = list.items.find((p: { title: string }) => p.title.startsWith("AI-assisteret journalisering"));
  const detail = await (await page.request.get(`/api/v1/pilots/${pilot.id}`)).json();
  const phase = detail.phases.find((p: { status: string }) => p.status === "active" || p.status === "awaiting_gate");
  const forged = { origin: "https://evil.example", "x-forwarded-host": "evil.example" };
  const res = await page.request.post(`/api/v1/phases/${phase.id}/expenses`, {
    data: { amount: 1, date: "2026-11-01", category: "drift", description: "XFH" },
    headers: forged,
  });
  expect(res.status()).toBe(403);
  const after = await (await page.request.get(`/api/v1/pilots/${pilot.id}`)).json();
  expect(after.phases.find((p: { id: number }) => p.id === phase.id).spent).toBe(phase.spent);

  // A server action (the language switch) posted from another origin: 403, with or without the header.
  const home = await (await page.request.get("/")).text();
  const actionId = home.match(/name="\$ACTION_ID_([0-9a-f]+)"/)![1];
  for (const headers of [{ origin: "https://evil.example" }, forged]) {
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, "");
    form.set("locale", "en");
    const action = await page.request.post("/", {
      multipart: form,
      headers: { ...headers, referer: `${baseURL}/` },
      maxRedirects: 0,
    });
    expect(action.status(), JSON.stringify(headers)).toBe(403);
  }
  expect((await page.context().cookies()).find((c) => c.name === "locale")?.value ?? "da").toBe("da");
});

test("/favicon.ico exists and carries a content security policy", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toMatch(/default-src 'none'/);
});
