// The lead's journey from idea to approved test phase: create a pilot with tags, goals and
// participants (a bad title first: the message sits beside the field and nothing typed is lost),
// plan the test phase, submit; then the secretariat approves it with a grant from the pool.
// Every page on the way passes an axe scan. The e2e database survives runs: titles are unique.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const QUEUE = "/faellesskaber/govtech-midtjylland/godkendelser";

async function signInFresh(page: Page, email: string) {
  await page.context().clearCookies();
  await signInAs(page, email);
}

test("a lead creates, plans and submits a pilot; the secretariat approves it with a grant", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Sensorer i regnvandsbassiner ${Date.now()}`;
  await signInFresh(page, ROLES.projectLead);
  await page.goto("/piloter/ny");
  await expect(page.getByRole("heading", { level: 1, name: "Opret et pilotprojekt" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A too short title: the message beside the field, in the summary, and what was typed still there.
  const problem = "Regnvandsbassinerne løber over uden varsel ved skybrud.";
  await page.getByLabel("Titel", { exact: true }).fill("ab");
  await page.getByLabel("Udfordring", { exact: true }).fill(problem);
  await page.getByLabel("Hypotese", { exact: true }).fill("Niveausensorer giver varsel to timer før overløb.");
  await page.getByRole("group", { name: "Teknologi" }).getByLabel("IoT").check();
  await page.getByRole("group", { name: "Teknologi" }).getByLabel("AI").check();
  await page.getByRole("group", { name: "Område" }).getByLabel("Vand").check();
  await page.getByRole("group", { name: "Verdensmål" }).getByLabel("6. Rent vand og sanitet").check();
  await page.getByRole("group", { name: "Verdensmål" }).getByLabel("13. Klimaindsats").check();
  const participants = page.getByRole("group", { name: "Deltagende organisationer" });
  await participants.getByLabel("Skanderborg", { exact: true }).check();
  await participants.getByLabel("Horsens", { exact: true }).check();
  await page.getByLabel("Offentlig").check();
  await page.getByRole("button", { name: "Opret kladde" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Der er fejl i formularen" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  const titleField = page.getByLabel("Titel", { exact: true });
  await expect(titleField).toHaveAccessibleDescription(/Titlen skal være mindst 3 tegn\./);
  await expect(titleField).toHaveValue("ab");
  await expect(page.getByLabel("Udfordring", { exact: true })).toHaveValue(problem);
  await expect(page.getByRole("group", { name: "Teknologi" }).getByLabel("AI")).toBeChecked();
  await expect(page.getByRole("group", { name: "Verdensmål" }).getByLabel("13. Klimaindsats")).toBeChecked();
  await expect(participants.getByLabel("Horsens", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Offentlig")).toBeChecked();
  await expectNoAxeViolations(page);

  await titleField.fill(title);
  await page.getByRole("button", { name: "Opret kladde" }).click();
  await expect(page).toHaveURL(/\/piloter\/\d+\/faser\?ny=1$/);
  const pilotId = page.url().match(/piloter\/(\d+)\//)![1];
  await expect(page.getByText("Kladden er oprettet.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The test phase: dates, grant the Danish way, and the criteria.
  const testPhase = page.getByRole("region", { name: "Test" });
  await testPhase.getByLabel("Planlagt start").fill("2027-03-01");
  await testPhase.getByLabel("Planlagt slut").fill("2027-08-31");
  await testPhase.getByLabel("Ønsket bevilling").fill("250.000");
  await testPhase.getByLabel("Succeskriterier").fill("- Varsel to timer før overløb i 9 af 10 skybrud");
  await testPhase.getByLabel("Stopkriterier").fill("- Sensorerne er ude af drift mere end 20 % af tiden");
  await testPhase.getByRole("button", { name: "Gem fasen" }).click();
  await expect(testPhase.getByText("Fasens plan er gemt.")).toBeVisible();

  await page.goto(`/piloter/${pilotId}/rediger`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send til godkendelse" }).click();
  await expect(page.getByText("Projektet er sendt til godkendelse.")).toBeVisible();

  // The secretariat sees it in the queue with the requested grant prefilled, and approves less.
  await signInFresh(page, ROLES.secretariat);
  await page.goto(QUEUE);
  const card = page.getByRole("article", { name: title });
  await expect(card).toBeVisible();
  await expect(card.getByRole("definition").filter({ hasText: "250.000 kr." })).toBeVisible();
  // The plan table: the test phase's requested grant in its row and in the total.
  await expect(card.getByRole("cell", { name: "250.000 kr." })).toHaveCount(2);
  await expectNoAxeViolations(page);
  const grant = card.getByLabel("Bevilling til testfasen");
  await expect(grant).toHaveValue("250.000");
  await grant.fill("200000");
  await card.getByRole("button", { name: "Godkend med bevilling" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pilotprojektet er godkendt" })).toBeVisible();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);

  // The test phase has started: its plan is now read-only and shows the grant.
  await page.goto(`/piloter/${pilotId}/faser`);
  await expect(page.getByText("Fasen er startet, så plan og kriterier er låst.")).toBeVisible();
  await expect(page.getByText("200.000 kr.")).toBeVisible();
});

/** The shortest way to a submitted pilot through the forms; returns its id. */
async function submittedPilot(page: Page, title: string) {
  await page.goto("/piloter/ny");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Udfordring", { exact: true }).fill("Borgere venter længe på svar om grundvand.");
  await page.getByLabel("Hypotese", { exact: true }).fill("Et GIS-kort med boringsdata besvarer de fleste spørgsmål.");
  await page.getByRole("group", { name: "Teknologi" }).getByLabel("GIS/geodata").check();
  await page.getByRole("group", { name: "Område" }).getByLabel("Vand").check();
  await page.getByRole("button", { name: "Opret kladde" }).click();
  await expect(page).toHaveURL(/\/faser\?ny=1$/);
  const id = page.url().match(/piloter\/(\d+)\//)![1];
  const testPhase = page.getByRole("region", { name: "Test" });
  await testPhase.getByLabel("Ønsket bevilling").fill("90000");
  await testPhase.getByLabel("Succeskriterier").fill("Halvdelen af henvendelserne besvares af kortet");
  await testPhase.getByLabel("Stopkriterier").fill("Data må ikke deles");
  await testPhase.getByRole("button", { name: "Gem fasen" }).click();
  await expect(testPhase.getByText("Fasens plan er gemt.")).toBeVisible();
  await page.goto(`/piloter/${id}/rediger`);
  await page.getByRole("button", { name: "Send til godkendelse" }).click();
  await expect(page.getByText("Projektet er sendt til godkendelse.")).toBeVisible();
  return id;
}

test("the secretariat sends a pilot back with a comment; two edits at once do not overwrite each other", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const title = `Grundvandskort ${Date.now()}`;
  await signInFresh(page, ROLES.projectLead);
  const id = await submittedPilot(page, title);

  await signInFresh(page, ROLES.secretariat);
  await page.goto(QUEUE);
  const card = page.getByRole("article", { name: title });
  await card.getByRole("button", { name: "Send tilbage" }).click();
  const comment = card.getByLabel("Kommentar til projektlederen");
  await expect(comment).toHaveAccessibleDescription(/Skriv en kommentar til projektlederen\./);
  await comment.fill("Beskriv, hvem der ejer boringsdata.");
  await card.getByRole("button", { name: "Send tilbage" }).click();
  await expect(page.getByRole("status").filter({ hasText: "sendt tilbage" })).toBeVisible();

  // The lead sees the comment, and edits the draft in two tabs: the second save is refused, kept.
  await signInFresh(page, ROLES.projectLead);
  await page.goto(`/piloter/${id}/rediger`);
  await expect(page.getByText("Beskriv, hvem der ejer boringsdata.")).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/piloter/${id}/rediger`);
  await other.getByLabel("Titel", { exact: true }).fill(`${title} (ejerskab afklaret)`);
  await other.getByRole("button", { name: "Gem" }).click();
  await expect(other.getByText("Ændringerne er gemt.")).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(`${title} (min udgave)`);
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "En anden har gemt ændringer" })).toBeVisible();
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`${title} (min udgave)`);
});

test("the approval queue is the secretariat's alone", async ({ page }) => {
  await signInFresh(page, ROLES.member);
  const res = await page.goto(QUEUE);
  expect(res?.status()).toBe(404);
  await signInFresh(page, "sekretariat@gate21.example");
  expect((await page.goto(QUEUE))?.status()).toBe(404);
});
