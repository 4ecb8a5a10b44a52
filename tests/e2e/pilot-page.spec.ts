// The pilot pages end to end on the demo data: money on the page equal to what the seed wrote (and to
// the API), Danish formats, the lead's expense form beyond the grant keeping every typed value, the
// downloads, the API's refusals, and axe (WCAG 2.1 AA) on every page, the chart included.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";
import { DEMO_PILOTS } from "../../prisma/seed/demo/pilots";
import { planPilot } from "../../prisma/seed/demo/story";

const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen"; // adopted, public: nobody changes it
const AI_JOURNAL = "AI-assisteret journalisering og resumé i socialforvaltningen"; // running, members only, led from Aarhus
const DRAFT = "Droneinspektion af kommunale tage og broer"; // a GovTech draft led from Viborg

const kr = (n: number) => `${new Intl.NumberFormat("da-DK").format(n)} kr.`;

async function pilotId(request: APIRequestContext, title: string): Promise<number> {
  const body = await (await request.get(`/api/v1/pilots?q=${encodeURIComponent(title)}`)).json();
  const hit = body.items.find((p: { title: string }) => p.title === title);
  expect(hit, `pilot "${title}" in the API list`).toBeTruthy();
  return hit.id;
}

async function chartDrawn(page: Page) {
  await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
}

test("the list shows anonymous visitors public pilots only, filters by status, and passes axe", async ({ page }) => {
  await page.goto("/piloter");
  await expect(page.getByRole("heading", { level: 1, name: "Pilotprojekter" })).toBeVisible();
  await expect(page.getByRole("link", { name: GUDENAA })).toBeVisible();
  await expect(page.getByRole("link", { name: AI_JOURNAL })).toHaveCount(0);
  // The list is the catalogue now (issue 6): status is a checkbox in the "Status og udfald" filter.
  await page
    .getByRole("group", { name: "Status og udfald" })
    .getByLabel(/^I drift/)
    .check();
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page).toHaveURL(/status=adopted/);
  const statuses = await page.getByRole("region", { name: "Resultater" }).locator("article .tag").allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["I drift"]));
  await expectNoAxeViolations(page);
});

test("the pilot page shows money per phase equal to the database, the Danish way, and passes axe with its chart", async ({
  page,
}) => {
  await page.goto(`/piloter/${await pilotId(page.request, GUDENAA)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GUDENAA);
  const plan = planPilot(DEMO_PILOTS.find((p) => p.title === GUDENAA)!);
  const api = await (await page.request.get(`/api/v1/pilots/${await pilotId(page.request, GUDENAA)}`)).json();
  for (const [i, ph] of plan.phases.entries()) {
    const row = page.getByTestId("money-table").locator(`tr[data-phase="${ph.spec.kind}"]`);
    const pledged = ph.spec.cofunding ?? 0;
    await expect(row.locator('[data-col="granted"]')).toHaveText(kr(ph.granted));
    await expect(row.locator('[data-col="pledged"]')).toHaveText(kr(pledged));
    await expect(row.locator('[data-col="spent"]')).toHaveText(kr(ph.spent));
    // A decided phase's unspent grant went back to the pool: 0 kr. left, the rest returned.
    const decided = api.phases[i].status === "decided";
    const [returned, remaining] = decided ? [ph.granted - ph.spent, 0] : [0, ph.granted - ph.spent];
    await expect(row.locator('[data-col="returned"]')).toHaveText(kr(returned));
    await expect(row.locator('[data-col="remaining"]')).toHaveText(kr(remaining));
    expect(api.phases[i]).toMatchObject({ granted: ph.granted, pledged, spent: ph.spent, returned, remaining });
  }
  await expect(page.getByText(/Beslutning: Go, \d{1,2}\. [a-zæøå]+ \d{4}/).first()).toBeVisible();
  await expect(
    page
      .getByRole("list", { name: "Faserne test, demonstration og opskalering" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) }),
  ).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Redigér pilotprojekt" })).toHaveCount(0);
  await chartDrawn(page);
  await expectNoAxeViolations(page);

  await signInAs(page, ROLES.projectLead);
  await page.reload();
  await chartDrawn(page);
  await expectNoAxeViolations(page);
});

test("the lead posts an expense, then one beyond the grant: told the remaining amount, every typed value kept", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  const id = await pilotId(page.request, AI_JOURNAL);
  await page.goto(`/piloter/${id}`);
  await expect(page.getByRole("link", { name: "Redigér pilotprojekt" })).toBeVisible();
  await page.getByRole("link", { name: "Bogfør udgifter" }).click();
  await expect(page).toHaveURL(`/piloter/${id}/udgifter`);

  const detail = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
  const open = detail.phases.find((p: { status: string }) => p.status === "active" || p.status === "awaiting_gate");
  const form = page.getByRole("region", { name: /Bogfør en udgift/ });
  await form.getByLabel("Beløb i kroner").fill("12.500");
  await form.getByLabel("Dato").fill("2026-11-20");
  await form.getByLabel("Kategori").selectOption("LICENS");
  await form.getByLabel("Beskrivelse").fill("Licens til resumémodul, december");
  await form.getByRole("button", { name: "Bogfør udgiften" }).click();
  await expect(form.getByRole("status")).toHaveText("Udgiften er bogført.");
  const remaining = open.granted - open.spent - 12_500;
  await expect(page.getByText(`forbrugt ${kr(open.spent + 12_500)} · ${kr(remaining)} tilbage`)).toBeVisible();
  await expect(form.getByLabel("Beløb i kroner")).toHaveValue("");

  await form.getByLabel("Beløb i kroner").fill(String(remaining + 1));
  await form.getByLabel("Dato").fill("2026-11-21");
  await form.getByLabel("Kategori").selectOption("KONSULENT");
  await form.getByLabel("Beskrivelse").fill("Ekstern evaluering");
  await form.getByRole("button", { name: "Bogfør udgiften" }).click();
  const message = `Udgiften overstiger bevillingen. Der er ${kr(remaining)} tilbage i fasen.`;
  await expect(form.getByRole("alert")).toHaveText(message);
  await expect(form.locator(".form-error-message")).toHaveText(message);
  await expect(form.getByLabel("Beløb i kroner")).toHaveValue(String(remaining + 1));
  await expect(form.getByLabel("Beløb i kroner")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Dato")).toHaveValue("2026-11-21");
  await expect(form.getByLabel("Kategori")).toHaveValue("KONSULENT");
  await expect(form.getByLabel("Beskrivelse")).toHaveValue("Ekstern evaluering");
  await expectNoAxeViolations(page);

  // The correction is a reversing entry with a reason, and the money comes back.
  const row = page.locator("tr", { hasText: "Licens til resumémodul, december" }).first();
  await row.locator("summary").click();
  await row.getByLabel("Hvorfor tilbageføres udgiften?").fill("Faktura sendt til forkert fase");
  await row.getByRole("button", { name: "Tilbagefør udgiften" }).click();
  await expect(row.getByText("Tilbageført")).toBeVisible();
  await expect(page.getByText(`forbrugt ${kr(open.spent)} · ${kr(open.granted - open.spent)} tilbage`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("budget and expenses download as CSV (BOM, semicolons) and XLSX", async ({ page }) => {
  const id = await pilotId(page.request, GUDENAA);
  await page.goto(`/piloter/${id}`);
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Budget og udgifter som CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`pilot-${id}-budget.csv`);
  const text = await (await import("node:fs/promises")).readFile((await csv.path())!);
  expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text.toString("utf8")).toContain(
    "Fase;Status;Planlagt start;Planlagt slut;Ansøgt (kr.);Bevilget (kr.);Tilsagn (kr.);Forbrugt (kr.);Returneret til puljen (kr.);Tilbage (kr.)",
  );
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Budget og udgifter som Excel (.xlsx)" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`pilot-${id}-budget.xlsx`);
  const bytes = await (await import("node:fs/promises")).readFile((await xlsx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK"); // a zip container, as .xlsx is
  expect((await page.request.get(`/piloter/${await pilotId(page.request, GUDENAA)}/eksport.csv`)).status()).toBe(200);
});

test("API and pages: anonymous sees public pilots only, a draft is a 404 outside its team, writes need sign-in", async ({
  request,
  page,
}) => {
  const list = await (await request.get("/api/v1/pilots?pageSize=100")).json();
  expect(list.items.length).toBeGreaterThan(0);
  expect(list.items.every((p: { visibility: string }) => p.visibility === "public")).toBe(true);
  expect((await request.get("/api/v1/pilots?pageSize=500")).status()).toBe(400);

  // The community's secretariat sees the draft…
  await signInAs(page, ROLES.secretariat);
  const draftId = await pilotId(page.request, DRAFT);
  await page.context().clearCookies();
  // …another project lead of the same community does not: not in the list, 404 on page, API and export.
  await signInAs(page, ROLES.projectLead);
  expect((await (await page.request.get("/api/v1/pilots?q=Droneinspektion")).json()).total).toBe(0);
  expect((await page.request.get(`/api/v1/pilots/${draftId}`)).status()).toBe(404);
  expect((await page.request.get(`/piloter/${draftId}/eksport.xlsx`)).status()).toBe(404);
  expect((await page.goto(`/piloter/${draftId}`))?.status()).toBe(404);

  const aiId = await pilotId(page.request, AI_JOURNAL);
  const anonymousDetail = await request.get(`/api/v1/pilots/${aiId}`);
  expect(anonymousDetail.status()).toBe(404);
  expect((await anonymousDetail.json()).error.code).toBe("NOT_FOUND");
  const detail = await (await page.request.get(`/api/v1/pilots/${aiId}`)).json();
  expect(detail.phases[0]).toMatchObject({ kind: "test", granted: expect.any(Number), pledges: expect.any(Array) });
  const anonymousPost = await request.post(`/api/v1/phases/${detail.phases[0].id}/expenses`, {
    data: { amount: 1, date: "2026-11-20", category: "ANDET", description: "x" },
  });
  expect(anonymousPost.status()).toBe(401);
  expect((await request.get(`/piloter/${aiId}/eksport.csv`)).status()).toBe(404);
  expect((await page.request.get(`/piloter/${aiId}/eksport.csv`)).status()).toBe(200);
});

test("the expense page of another lead's pilot is read-only, and English works", async ({ page }) => {
  await signInAs(page, ROLES.member);
  const id = await pilotId(page.request, AI_JOURNAL);
  await page.goto(`/piloter/${id}/udgifter`);
  await expect(page.getByText("Kun pilotprojektets projektleder kan bogføre og tilbageføre udgifter.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Bogfør udgiften" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto(`/piloter/${id}`);
  await expect(page.getByRole("heading", { name: "Money per phase" })).toBeVisible();
  await expect(page.getByTestId("money-table")).toContainText("DKK ");
  await chartDrawn(page);
  await expectNoAxeViolations(page);
});

test("on a phone-sized screen the wide tables are keyboard-scrollable regions and axe still passes", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAs(page, ROLES.projectLead);
  const id = await pilotId(page.request, AI_JOURNAL);
  for (const path of [`/piloter/${id}`, `/piloter/${id}/udgifter`, "/piloter"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.goto(`/piloter/${id}`);
  await expect(page.getByRole("region", { name: /Ansøgt, bevilget, medfinansiering/ })).toHaveAttribute(
    "tabindex",
    "0",
  );
});
