// API tokens end to end: a project lead makes a WRITE token for their pilot in the UI, sees the
// secret once, a platform posts an expense with it, the lead revokes it and the next call is a 401.
// The token page, the API page and the OpenAPI document pass their checks (axe: WCAG 2.1 AA).
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const AI_JOURNAL = "AI-assisteret journalisering og resumé i socialforvaltningen"; // running, led from Aarhus

test("a lead creates a token, sees it once, posts an expense with it, revokes it: the next call is 401", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  await page.goto("/profil");
  await page.getByRole("link", { name: "API-nøgler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API-nøgler" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A submit without a name keeps the choices and says what is missing, beside the field.
  await page.getByLabel("Gælder for").selectOption({ label: `Pilotprojekt: ${AI_JOURNAL}` });
  await page.getByLabel("Læse og skrive").check();
  await page.getByRole("button", { name: "Opret nøgle" }).click();
  await expect(page.locator("#field-name-error")).toHaveText("Giv nøglen et navn.");
  await expect(page.getByLabel("Læse og skrive")).toBeChecked();

  const name = `OS2iot e2e ${Date.now()}`;
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Opret nøgle" }).click();
  const secretField = page.getByLabel("API-nøgle", { exact: true });
  await expect(secretField).toHaveValue(/^imk_[A-Za-z0-9_-]{43}$/);
  const secret = await secretField.inputValue();
  await expectNoAxeViolations(page);

  // Shown once: after a reload only the prefix is left.
  await page.reload();
  await expect(page.getByLabel("API-nøgle", { exact: true })).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 10)}…`);
  await expect(row).toContainText("Læse og skrive");
  await expect(row).toContainText("Aldrig");

  // The platform's calls: the token alone decides (a bearer header is judged without the cookie).
  const auth = { authorization: `Bearer ${secret}` };
  const list = await (await page.request.get(`/api/v1/pilots?pageSize=100`, { headers: auth })).json();
  expect(list.items.map((p: { title: string }) => p.title)).toEqual([AI_JOURNAL]);
  const detail = await (await page.request.get(`/api/v1/pilots/${list.items[0].id}`, { headers: auth })).json();
  const open = detail.phases.find((p: { status: string }) => p.status === "active" || p.status === "awaiting_gate");
  const expense = { amount: 1, date: "2026-11-24", category: "drift", description: "Strøm til målere (e2e)" };
  const posted = await page.request.post(`/api/v1/phases/${open.id}/expenses`, { headers: auth, data: expense });
  expect(posted.status()).toBe(201);
  expect(await posted.json()).toMatchObject({
    phaseId: open.id,
    amount: 1,
    category: "drift",
    remaining: open.granted - open.spent - 1,
  });

  await page.reload();
  await expect(row).not.toContainText("Aldrig");
  await row.getByRole("button", { name: `Tilbagekald nøglen ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Nøglen er tilbagekaldt. Kald med den afvises fra nu af.");
  await expect(row).toContainText("Tilbagekaldt");
  await expectNoAxeViolations(page);

  const refused = await page.request.post(`/api/v1/phases/${open.id}/expenses`, { headers: auth, data: expense });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("invalid_token");
});

test("a member without a secretariat or a pilot is told why there is no form; the page passes axe", async ({
  page,
}) => {
  await signInAs(page, ROLES.member);
  await page.goto("/profil/api-noegler");
  await expect(
    page.getByText(
      "Du kan oprette API-nøgler, når du er sekretariat i et fællesskab eller projektleder for et pilotprojekt.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Opret nøgle" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the API page lists every route of the OpenAPI document, in Danish and English, and passes axe", async ({
  page,
  request,
}) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} /api/v1${path}`),
  );
  await page.goto("/");
  await page.getByRole("link", { name: "Åbent API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Innovationsmotorens åbne API" })).toBeVisible();
  const table = page.getByRole("table", { name: "Ruterne i API'et, version 1" });
  const listed = await table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => `${r.querySelector("td code")?.textContent} ${r.querySelector("th code")?.textContent}`),
    );
  expect(listed.sort()).toEqual(routes.sort());
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The Innovationsmotor open API" })).toBeVisible();
  await expectNoAxeViolations(page);
});
