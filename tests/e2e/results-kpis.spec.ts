// Results, KPIs and lessons end to end on the demo data: the lead logs a result with a link, adds a
// KPI with a target, imports a CSV with one bad row (the row is named, nothing is imported), fixes
// it and sees the points in the chart and its table; writes and edits a lesson; a stopped pilot is
// read-only except its lessons; axe (WCAG 2.1 AA) on every page, the chart included.
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const RADAR = "Trafiktælling med radarsensorer på kommuneveje"; // running, test phase open, led from Aarhus
const STOPPED = "Fyldningssensorer i offentlige affaldsspande"; // stopped, led from Aarhus

async function pilotId(request: APIRequestContext, title: string): Promise<number> {
  const body = await (await request.get(`/api/v1/pilots?q=${encodeURIComponent(title)}`)).json();
  const hit = body.items.find((p: { title: string }) => p.title === title);
  expect(hit, `pilot "${title}" in the API list`).toBeTruthy();
  return hit.id;
}

const csvFile = (text: string) => ({
  name: "cykler.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${text}`, "utf8"),
});

async function chooseCsv(page: Page, text: string) {
  await page.getByLabel("CSV-fil").setInputFiles(csvFile(text));
  await expect(page.getByText("Indlæst fra cykler.csv.")).toBeVisible();
}

test("the lead logs a result with a link: a bad address is named beside its field, then the log and the pilot page show it", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  const id = await pilotId(page.request, RADAR);
  await page.goto(`/piloter/${id}/resultater`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Resultater: ${RADAR}`);
  await expectNoAxeViolations(page);

  const form = page.getByRole("region", { name: "Log et resultat" });
  await form.getByRole("radio", { name: "Måling" }).check();
  await form.getByLabel("Overskrift").fill("Radarerne tæller 96 % af cyklerne (e2e)");
  await form.getByLabel("Beskrivelse").fill("Sammenlignet med manuel tælling på Ringvejen.");
  await form.getByLabel("Linktekst 1").fill("Tælledata");
  await form.getByLabel("Adresse 1").fill("ftp://data.example.dk/radar.csv");
  await form.getByRole("button", { name: "Gem resultat" }).click();
  await expect(form.getByRole("alert")).toContainText("Adresse 1: Adressen skal begynde med https://");
  await expect(form.getByLabel("Adresse 1")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Overskrift")).toHaveValue("Radarerne tæller 96 % af cyklerne (e2e)");
  await expect(form.getByRole("radio", { name: "Måling" })).toBeChecked();
  await expectNoAxeViolations(page);

  await form.getByLabel("Adresse 1").fill("https://data.example.dk/radar.csv");
  await form.getByRole("button", { name: "Tilføj et link mere" }).click();
  await expect(form.getByLabel("Linktekst 2")).toBeFocused();
  await form.getByLabel("Adresse 2").fill("https://github.com/os2/radar");
  await form.getByRole("button", { name: "Gem resultat" }).click();
  await expect(form.getByRole("status")).toHaveText("Resultatet er logget.");
  await expect(form.getByLabel("Overskrift")).toHaveValue("");

  const entry = page.locator("[data-phase=TEST] li", { hasText: "Radarerne tæller 96 % af cyklerne (e2e)" });
  await expect(entry.getByText(/^Måling · \d{1,2}\. [a-zæøå]+ \d{4} · logget af /)).toBeVisible();
  await expect(entry.getByRole("link", { name: "Tælledata" })).toHaveAttribute(
    "href",
    "https://data.example.dk/radar.csv",
  );
  await expect(entry.getByRole("link", { name: "github.com/os2/radar" })).toBeVisible();

  await page.goto(`/piloter/${id}`);
  await expect(
    page.locator("#resultater ~ ol").first().getByText("Radarerne tæller 96 % af cyklerne (e2e)"),
  ).toBeVisible();
});

test("a KPI with a target; a CSV with one bad row imports nothing and names the row; fixed, the chart and its table show the points", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  const id = await pilotId(page.request, RADAR);
  await page.goto(`/piloter/${id}/kpi`);
  await expect(page.locator(".recharts-line").first()).toBeVisible(); // the seeded KPIs have their charts
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Tilføj en KPI" }).click();
  await expect(page).toHaveURL(`/piloter/${id}/kpi/ny`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Navn").fill("Cykler pr. døgn på Ringvejen");
  await page.getByLabel("Enhed").fill("cykler");
  await page.getByLabel("Udgangspunkt").fill("1.200");
  await page.getByRole("radio", { name: "Højere er bedre" }).check();
  await page.getByLabel("Gevinsttype").selectOption("QUALITY");
  await page.getByLabel("Mål for Test").fill("1500,5");
  await page.getByRole("button", { name: "Gem KPI" }).click();
  await expect(page).toHaveURL(new RegExp(`/piloter/${id}/kpi/\\d+\\?gemt=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cykler pr. døgn på Ringvejen");
  await expect(page.getByRole("status")).toHaveText("KPI'en er gemt.");
  const summary = page.getByTestId(/^kpi-summary-/);
  await expect(summary).toHaveText("Ingen målinger Der er ingen målinger endnu. Udgangspunktet er 1.200 cykler.");
  await expect(
    page
      .getByRole("table", { name: "Udgangspunkt og mål for Cykler pr. døgn på Ringvejen" })
      .getByRole("row", { name: /Test/ }),
  ).toContainText("1.500,5");

  // One bad value in row 3: the preview names it; importing anyway is refused and nothing is stored.
  const bad = "dato;værdi;note\n01-03-2026;1.250,5;\n2026-03-08;12x0;regn\n2026-03-15;1310;";
  await chooseCsv(page, bad);
  await expect(page.getByTestId("import-status")).toContainText(
    "1 række har fejl. Intet importeres, før den er rettet.",
  );
  const errors = page.getByRole("table", { name: "Rækker med fejl" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors.getByRole("row").nth(1)).toHaveText(
    ["3", "2 (værdi)", '"12x0" er ikke et tal. Skriv fx 12,5.'].join(""),
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Importér målinger" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Intet er importeret" }).first()).toContainText(
    "række 3, kolonne 2",
  );
  await expect(page.getByLabel("Data", { exact: true })).toHaveValue(bad); // the text stays, to be corrected
  await expect(summary).toContainText("Der er ingen målinger endnu.");
  await expect(page.locator(".recharts-line")).toHaveCount(0);

  // Fixed in a new file: three new rows, imported at once.
  await chooseCsv(page, bad.replace("12x0", "1290"));
  await expect(page.getByTestId("import-status")).toHaveText(
    "Første linje læses som overskrift.3 nye målinger er klar til import.",
  );
  await page.getByRole("button", { name: "Importér 3 målinger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Målingerne er importeret." })).toBeVisible();
  await expect(summary).toContainText(
    "Seneste måling 1.310 cykler (15. marts 2026) er bedre end udgangspunktet 1.200 cykler: på vej mod målet 1.500,5 cykler for testfasen.",
  );
  await expect(page.locator(".recharts-line-dot")).toHaveCount(3);
  const table = page.getByRole("table", { name: "Målinger af Cykler pr. døgn på Ringvejen, ældste først" });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr td:nth-child(2)")).toHaveText(["1.250,5", "1.290", "1.310"]);
  await expect(table.locator("tbody tr td:nth-child(3)")).toHaveText(["Importeret", "Importeret", "Importeret"]);
  await expectNoAxeViolations(page);

  // A measurement by hand lands in the same chart and table.
  await page.getByLabel("Dato", { exact: true }).fill("2026-04-01");
  await page.getByLabel("Værdi (cykler)").fill("1520");
  await page.getByRole("button", { name: "Gem måling" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Målingen er gemt." })).toBeVisible();
  await expect(summary).toContainText("har nået målet 1.500,5 cykler for testfasen");
  await expect(table.locator("tbody tr")).toHaveCount(4);

  // The pilot page tells the same story for a member of another municipality, read-only.
  await page.context().clearCookies();
  await signInAs(page, ROLES.member);
  await page.goto(`/piloter/${id}`);
  await expect(page.getByRole("heading", { level: 3, name: "Cykler pr. døgn på Ringvejen" })).toBeVisible();
  await expect(page.locator(".recharts-line").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/piloter/${id}/kpi`);
  await expect(page.getByRole("link", { name: "Tilføj en KPI" })).toHaveCount(0);
  await expect(page.getByText("Kun projektlederen kan logge resultater og målinger her.")).toBeVisible();
});

test("the lead writes and edits a lesson; a stopped pilot takes lessons but no results", async ({ page }) => {
  await signInAs(page, ROLES.projectLead);
  const id = await pilotId(page.request, RADAR);
  await page.goto(`/piloter/${id}/erfaringer`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Gem erfaringen" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Overskrift: Skriv en overskrift.");
  await page.getByLabel("Overskrift").fill("Radar skal kalibreres mod en manuel tælling (e2e)");
  await page.getByLabel("Hvad gjorde vi?").fill("Vi satte radarer op på fire lygtepæle.");
  await page.getByLabel("Hvad lærte vi?").fill("Uden kalibrering tæller de cykler i bilsporet med.");
  await page.getByLabel("Hvad ville vi gøre anderledes?").fill("Tælle manuelt en uge ved opsætningen.");
  await page.getByRole("textbox", { name: "Emneord" }).fill("radar, trafik, kalibrering");
  await page.getByRole("button", { name: "Gem erfaringen" }).click();
  await expect(page.getByRole("status")).toHaveText("Erfaringen er gemt.");
  const lesson = page.locator("li", {
    has: page.getByRole("heading", { name: "Radar skal kalibreres mod en manuel tælling (e2e)" }),
  });
  await expect(lesson.getByRole("list", { name: "Emneord" }).getByRole("listitem")).toHaveText([
    "radar",
    "trafik",
    "kalibrering",
  ]);

  await lesson.getByRole("link", { name: /Redigér erfaringen/ }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Overskrift").fill("Kalibrér radarer mod en manuel tælling (e2e)");
  await page.getByRole("button", { name: "Gem erfaringen" }).click();
  await expect(page).toHaveURL(new RegExp(`/piloter/${id}/erfaringer\\?gemt=\\d+#erfaring-\\d+$`));
  await expect(page.getByRole("heading", { name: "Kalibrér radarer mod en manuel tælling (e2e)" })).toBeVisible();

  const stopped = await pilotId(page.request, STOPPED);
  await page.goto(`/piloter/${stopped}/resultater`);
  await expect(page.getByText(/Projektet er afsluttet \(stoppet\)/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Gem resultat" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/piloter/${stopped}/kpi`);
  await expect(page.getByRole("link", { name: "Tilføj en KPI" })).toHaveCount(0);
  await page.goto(`/piloter/${stopped}/erfaringer`);
  await expect(page.getByRole("heading", { name: "Stoprapport: fyldningssensorer i affaldsspande" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Gem erfaringen" })).toBeVisible();
  await expectNoAxeViolations(page);
});
