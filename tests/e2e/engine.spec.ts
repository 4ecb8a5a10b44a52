// The innovation engine end to end: a lead creates and plans a pilot and splits its co-funding,
// the secretariat approves it with a grant from the pool, and the lead spends until the grant is
// used — the next krone is refused with the remaining amount, and what was typed stays.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";

const LEAD = "projektleder@viborg.example";
const SECRETARIAT = "sekretariat@govtech-midt.example";

async function as(page: Page, email: string) {
  await page.context().clearCookies();
  await signInAs(page, email);
}

async function postExpense(page: Page, amount: string, description: string) {
  const form = page.getByRole("region", { name: /Bogfør en udgift/ });
  await form.getByLabel("Beløb i kroner").fill(amount);
  await form.getByLabel("Dato").fill("2026-11-25");
  await form.getByLabel("Kategori").selectOption("UDSTYR");
  await form.getByLabel("Beskrivelse").fill(description);
  await form.getByRole("button", { name: "Bogfør udgiften" }).click();
  return form;
}

test("create → split co-funding → approve with a grant → spend the grant exactly, and no krone more", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const title = `Fugtsensorer i skoler ${Date.now()}`;
  await as(page, LEAD);
  await page.goto("/piloter/ny");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page
    .getByLabel("Udfordring", { exact: true })
    .fill("Skimmel i skoler opdages først, når eleverne bliver syge.");
  await page
    .getByLabel("Hypotese", { exact: true })
    .fill("Fugtsensorer i klasselokaler finder problemerne måneder før.");
  await page.getByRole("group", { name: "Teknologi" }).getByLabel("IoT").check();
  await page.getByRole("group", { name: "Område" }).getByLabel("Skole").check();
  await page.getByRole("group", { name: "Deltagende organisationer" }).getByLabel("Skive", { exact: true }).check();
  await page.getByRole("button", { name: "Opret kladde" }).click();
  await expect(page).toHaveURL(/\/faser\?ny=1$/);
  const id = page.url().match(/piloter\/(\d+)\//)![1];
  const testPhase = page.getByRole("region", { name: "Test" });
  await testPhase.getByLabel("Ønsket bevilling").fill("60.000");
  await testPhase.getByLabel("Succeskriterier").fill("Sensorerne finder fugt i mindst 3 lokaler før pedellen");
  await testPhase.getByLabel("Stopkriterier").fill("Mere end 30 % falske alarmer");
  await testPhase.getByRole("button", { name: "Gem fasen" }).click();
  await expect(testPhase.getByText("Fasens plan er gemt.")).toBeVisible();

  // Co-funding of 100.001 kr. split equally between Viborg and Skive: whole kroner, exact sum.
  const detail = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
  const phaseId = detail.phases.find((p: { kind: string }) => p.kind === "test").id;
  await page.goto(`/piloter/${id}/faser/${phaseId}/tilsagn`);
  await expectNoAxeViolations(page);
  await page.getByLabel("Fordelingsnøgle").selectOption("EQUAL");
  await page.getByLabel("Samlet medfinansiering (kr.)").fill("100001");
  await page.getByRole("button", { name: "Gem tilsagn" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tilsagnene er gemt." })).toBeVisible();
  await page.reload();
  const pledges = page.getByRole("table", { name: "Tilsagn pr. organisation" });
  await expect(pledges.getByRole("row", { name: /Viborg/ })).toContainText("50.001 kr.");
  await expect(pledges.getByRole("row", { name: /Skive/ })).toContainText("50.000 kr.");
  await expect(pledges.getByRole("row", { name: /I alt/ })).toContainText("100.001 kr.");

  await page.goto(`/piloter/${id}/rediger`);
  await page.getByRole("button", { name: "Send til godkendelse" }).click();
  await expect(page.getByText("Projektet er sendt til godkendelse.")).toBeVisible();

  await as(page, SECRETARIAT);
  await page.goto("/faellesskaber/govtech-midtjylland/godkendelser");
  const card = page.getByRole("article", { name: title });
  await card.getByRole("button", { name: "Godkend med bevilling" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilotprojektet er godkendt" })).toBeVisible();

  await as(page, LEAD);
  await page.goto(`/piloter/${id}/udgifter`);
  await expectNoAxeViolations(page);
  await postExpense(page, "40.000", "Sensorer, 20 stk.");
  await expect(page.getByText("Udgiften er bogført.")).toBeVisible();
  await postExpense(page, "20000", "Opsætning og gateway");
  await expect(page.getByText("0 kr. tilbage")).toBeVisible();
  // A saved expense empties the form for the next one; wait for that before typing the next.
  await expect(page.getByRole("region", { name: /Bogfør en udgift/ }).getByLabel("Beløb i kroner")).toHaveValue("");
  const form = await postExpense(page, "1", "Kabelbinder");
  await expect(form.getByText("Udgiften overstiger bevillingen. Der er 0 kr. tilbage i fasen.").first()).toBeVisible();
  await expect(form.getByLabel("Beløb i kroner")).toHaveValue("1");
  await expect(form.getByLabel("Beskrivelse")).toHaveValue("Kabelbinder");

  // The pilot page and the API agree with what happened, the Danish way.
  const after = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
  const test1 = after.phases.find((p: { kind: string }) => p.kind === "test");
  expect([test1.granted, test1.spent, test1.pledged]).toEqual([60_000, 60_000, 100_001]);
  await page.goto(`/piloter/${id}`);
  await expect(page.getByText("60.000 kr.").first()).toBeVisible();
});
