// The data plumbing end to end (issue 21): the lead makes a push address on a new KPI, pastes an
// OS2iot body into "Send testdata" and sees what would be stored (nothing is), then OS2iot's delivery
// (HTTP Basic, as OS2iot sends it) lands and the KPI chart shows the new points, with each delivery in
// "senest modtaget". Sites on the pilot page, the map page's GeoJSON and the API page's OS2iot
// example; axe (WCAG 2.1 AA) in Danish and English on each.
import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";

const VIBORG_LEAD = "projektleder@viborg.example";
const CO2 = "CO2-styret ventilation i kommunale bygninger"; // running, members-only, led from Viborg
const body = readFileSync("tests/support/os2iot/decoded-environment-sensor.json", "utf8");

async function pilotId(request: APIRequestContext, title: string): Promise<number> {
  const found = await (await request.get(`/api/v1/pilots?q=${encodeURIComponent(title)}`)).json();
  const hit = found.items.find((p: { title: string }) => p.title === title);
  expect(hit, `pilot "${title}" in the API list`).toBeTruthy();
  return hit.id;
}

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("the lead creates a push address, previews a pasted OS2iot body, and after two deliveries the chart shows the points", async ({
  page,
}) => {
  await signInAs(page, VIBORG_LEAD);
  const id = await pilotId(page.request, CO2);
  await page.goto(`/piloter/${id}/kpi/ny`);
  await page.getByLabel("Navn").fill("Temperatur i lokale 12 (e2e)");
  await page.getByLabel("Enhed").fill("°C");
  await page.getByLabel("Udgangspunkt").fill("23,5");
  await page.getByRole("radio", { name: "Lavere er bedre" }).check();
  await page.getByLabel("Gevinsttype").selectOption("QUALITY");
  await page.getByLabel("Mindst").fill("5");
  await page.getByLabel("Højst").fill("35");
  await page.getByRole("button", { name: "Gem KPI" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Temperatur i lokale 12 (e2e)");

  const push = page.getByRole("region", { name: "Push fra IoT-platform (OS2iot)" });
  await expect(push.getByText("KPI'en har ingen pushadresser endnu.")).toBeVisible();
  await expectNoAxeViolations(page);

  // A mistake first: a broken expression is named beside its field, and nothing typed is lost.
  const create = push.getByRole("region", { name: "Opret en pushadresse" });
  await create.getByLabel("Navn").fill("OS2iot – Elsys ERS, lokale 12");
  await create.getByLabel("Hvor værdien står").fill("data.temperature[");
  await create.getByLabel("Hvor tidspunktet står").fill("time");
  await create.getByLabel("Hvor enhedens id står").fill("deviceInfo.devEui");
  await create.getByRole("button", { name: "Opret pushadresse" }).click();
  await expect(create.getByLabel("Hvor værdien står")).toHaveAttribute("aria-invalid", "true");
  await expect(create.getByText("Udtrykket er ikke gyldig JMESPath.", { exact: false }).first()).toBeVisible();
  await expect(create.getByLabel("Hvor enhedens id står")).toHaveValue("deviceInfo.devEui");
  await create.getByLabel("Hvor værdien står").fill("data.temperature");
  await create.getByRole("button", { name: "Opret pushadresse" }).click();
  const secret = await create.getByLabel("Hemmelig nøgle").inputValue();
  expect(secret).toMatch(/^imp_[A-Za-z0-9_-]{43}$/);
  const url = (await create.getByTestId("push-url").textContent())!;
  expect(url).toMatch(/\/api\/v1\/push\/\d+$/);
  await expect(push.getByTestId("push-targets")).toContainText("OS2iot – Elsys ERS, lokale 12");

  // "Send testdata": the pasted body is read as a delivery would be, and nothing is stored.
  const test_ = push.getByRole("region", { name: "Send testdata" });
  await test_.getByLabel("Eksempelkrop (JSON)").fill(body);
  await test_.getByRole("button", { name: "Send testdata" }).click();
  await expect(test_.getByTestId("push-preview-counts")).toHaveText(
    "1 aflæsninger: 1 nye, 0 allerede gemt, 0 afvist, 0 markeret uden for plausibelt interval.",
  );
  const row = test_.getByTestId("push-preview").locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("a81758fffe04c2d1");
  await expect(row).toContainText("22,4");
  await expect(row).toContainText("Ny");
  await expect(test_.getByLabel("Eksempelkrop (JSON)")).toHaveValue(body);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.locator(".recharts-line")).toHaveCount(0); // the preview stored nothing

  // OS2iot delivers twice, with HTTP Basic (any user name, the key as password).
  const auth = {
    authorization: `Basic ${Buffer.from(`os2iot:${secret}`).toString("base64")}`,
    "content-type": "application/json",
  };
  const first = await page.request.post(url, { headers: auth, data: body });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ stored: 1, alreadyStored: 0 });
  const later = JSON.parse(body);
  later.time = "2026-11-20T09:30:12.004113+00:00";
  later.data.temperature = 23.1;
  expect((await (await page.request.post(url, { headers: auth, data: JSON.stringify(later) })).json()).stored).toBe(1);
  expect(
    (await page.request.post(url, { headers: { "x-api-key": `imp_${"x".repeat(43)}` }, data: body })).status(),
  ).toBe(401);

  await page.reload();
  await expect(page.locator(".recharts-line-dot")).toHaveCount(2);
  const recent = page.getByTestId("push-recent").locator("tbody tr");
  await expect(recent).toHaveCount(2);
  await expect(recent.first()).toContainText("1 gemt");
  await expect(page.getByTestId("kpi-table-" + page.url().match(/kpi\/(\d+)/)![1])).toContainText(
    "Push (IoT-platform) · a81758fffe04c2d1",
  );
  await expectNoAxeViolations(page);

  await toEnglish(page);
  await expect(page.getByRole("heading", { level: 2, name: "Push from an IoT platform (OS2iot)" })).toBeVisible();
  await expect(page.getByTestId("push-recent").locator("tbody tr").first()).toContainText("1 stored");
  await expectNoAxeViolations(page);

  // Revoked with one press: the row stays listed, now marked revoked, and offers no second press.
  await page.getByRole("button", { name: "Revoke the push address OS2iot – Elsys ERS, lokale 12" }).click();
  await expect(
    page.getByTestId("push-targets").getByRole("row", { name: /OS2iot – Elsys ERS, lokale 12/ }),
  ).toContainText("Revoked");
  await expect(page.getByRole("button", { name: "Revoke the push address OS2iot – Elsys ERS, lokale 12" })).toHaveCount(
    0,
  );
});

test("sites: the lead adds one (a swapped pair is explained beside the field), and the map page offers every visible site as GeoJSON", async ({
  page,
}) => {
  await signInAs(page, VIBORG_LEAD);
  const id = await pilotId(page.request, CO2);
  await page.goto(`/piloter/${id}`);
  const sites = page.getByRole("region", { name: "Lokationer" });
  await expect(sites.getByTestId("pilot-sites")).toContainText("Ikast Rådhus, mødelokaler");
  const form = sites.getByRole("region", { name: "Tilføj en lokation" });
  await form.getByLabel("Navn").fill("Ikast Bibliotek (e2e)");
  await form.getByLabel("Længdegrad").fill("56,1388");
  await form.getByLabel("Breddegrad").fill("9,1571");
  await form.getByRole("button", { name: "Tilføj lokation" }).click();
  await expect(form.getByLabel("Længdegrad")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Er længde- og breddegrad byttet om?", { exact: false }).first()).toBeVisible();
  await expect(form.getByLabel("Navn")).toHaveValue("Ikast Bibliotek (e2e)");
  await expectNoAxeViolations(page);
  await form.getByLabel("Længdegrad").fill("9,1571");
  await form.getByLabel("Breddegrad").fill("56,1388");
  await form.getByRole("button", { name: "Tilføj lokation" }).click();
  await expect(sites.getByTestId("pilot-sites")).toContainText("Ikast Bibliotek (e2e)");

  const geo = await page.request.get(`/api/v1/pilots/${id}/sites.geojson`);
  expect(geo.headers()["content-type"]).toContain("application/geo+json");
  expect((await geo.json()).features.map((f: { properties: { label: string } }) => f.properties.label)).toContain(
    "Ikast Bibliotek (e2e)",
  );
  // Removed again with one press.
  await sites.getByRole("button", { name: "Fjern lokationen Ikast Bibliotek (e2e)" }).click();
  await expect(sites.getByTestId("pilot-sites")).not.toContainText("Ikast Bibliotek (e2e)");
  await toEnglish(page);
  await expect(page.getByRole("heading", { level: 2, name: "Sites" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/portefoelje/kort");
  const download = page.getByRole("link", { name: "Download all sites (GeoJSON)" });
  await expect(download).toHaveAttribute("href", "/api/v1/sites.geojson");
  await expectNoAxeViolations(page);
});

test("anonymous readers: the map page and the API page's OS2iot example in Danish, and only public pilots' sites and open data", async ({
  page,
  request,
}) => {
  await page.goto("/portefoelje/kort");
  await expect(page.getByRole("link", { name: "Hent alle lokationer (GeoJSON)" })).toBeVisible();
  await expectNoAxeViolations(page);
  const anonymous = await (await request.get("/api/v1/sites.geojson")).json();
  expect(anonymous.features.map((f: { properties: { pilotTitle: string } }) => f.properties.pilotTitle)).not.toContain(
    CO2,
  );
  const catalog = await (await request.get("/api/v1/open-data/catalog.jsonld")).json();
  expect(catalog["@type"]).toBe("dcat:Catalog");
  expect(
    catalog["dcat:dataset"].map((d: { "dct:title": { "@value": string } }) => d["dct:title"]["@value"]),
  ).not.toContain(CO2);

  await page.goto("/api-dokumentation");
  const example = page.getByRole("region", { name: "Eksempel: OS2iot sender direkte til en KPI" });
  await expect(example).toContainText("Datamål → Opret datamål → HTTP Push");
  await expect(example).toContainText('"vanddybde": 0.7500000000000001');
  await expectNoAxeViolations(page);
  await toEnglish(page);
  await expect(page.getByRole("heading", { level: 2, name: "Example: OS2iot sends straight to a KPI" })).toBeVisible();
  await expectNoAxeViolations(page);
});
