// Issue 17: every role's job, reached from / by clicking links and buttons only — no typed address
// after the sign-in page. A project lead creates, plans, splits and submits a pilot; the secretariat
// approves it; the lead posts an expense, logs a result and asks for a gate; three steering members
// score and the chair decides GO; a member of the other community finds the result. Each step is
// screenshot (test-results/e2e/journeys/) and each page it lands on passes axe.
import type { Locator, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const LEAD = "projektleder@viborg.example";
const SECRETARIAT = "sekretariat@govtech-midt.example";
const SCORERS = ["styregruppe@herning.example", "styregruppe@skanderborg.example"];
const CHAIR = "styregruppe@struer.example";
const OTHER_MEMBER = "medlem@vallensbaek.example";
const TITLE = `Lydsensorer mod natlig støj ${Date.now().toString(36)}`;
const RESULT = "Lydsensorerne fangede 9 af 10 klager";

let shot = 0;
async function look(page: Page, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `test-results/e2e/journeys/${String(++shot).padStart(2, "0")}-${name}.png`,
    fullPage: true,
  });
}

/** From the front page, by the header's button: the only address typed is the site's own. */
async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Log ind" }).click();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill("demo1234");
  await page.getByRole("main").getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mit overblik" })).toBeVisible();
}

async function fillPhase(region: Locator, grant: string) {
  await region.getByLabel("Ønsket bevilling").fill(grant);
  await region.getByLabel("Succeskriterier").fill("Sensorerne fanger mindst 8 af 10 klager");
  await region.getByLabel("Stopkriterier").fill("Mere end 30 % falske alarmer");
}

test.describe.configure({ mode: "serial" });
test.describe("every role's job from the front page, by clicking", () => {
  test.setTimeout(180_000);

  test("the project lead creates, plans, splits and submits a pilot", async ({ page }) => {
    await signIn(page, LEAD);
    await look(page, "lead-home");
    await page.getByRole("link", { name: "Opret pilotprojekt" }).first().click();
    await page.getByLabel("Titel", { exact: true }).fill(TITLE);
    await page
      .getByLabel("Udfordring", { exact: true })
      .fill("Borgere klager over støj om natten, men kommunen kan ikke se hvornår og hvor.");
    await page
      .getByLabel("Hypotese", { exact: true })
      .fill("Lydsensorer viser mønstrene, så indsatsen rettes det rigtige sted hen.");
    await page.getByRole("group", { name: "Teknologi" }).getByLabel("IoT").check();
    await page.getByRole("group", { name: "Område" }).getByLabel("Trafik").check();
    await page.getByRole("group", { name: "Deltagende organisationer" }).getByLabel("Skive", { exact: true }).check();
    await look(page, "lead-create");
    await page.getByRole("button", { name: "Opret kladde" }).click();

    const test1 = page.getByRole("region", { name: "Test" });
    await fillPhase(test1, "60.000");
    await test1.getByRole("button", { name: "Gem fasen" }).click();
    await expect(test1.getByText("Fasens plan er gemt.")).toBeVisible();
    // The next phase planned ahead, so the steering group can say go at the gate.
    const next = page.getByRole("region", { name: /Planlæg næste fase/ });
    await next.getByLabel("Planlagt start").fill("2027-09-01");
    await next.getByLabel("Planlagt slut").fill("2028-03-31");
    await fillPhase(next, "120.000");
    await next.getByRole("button", { name: /Planlæg/ }).click();
    await expect(page.getByRole("region", { name: "Demonstration" })).toBeVisible();
    await look(page, "lead-phases");

    await page.getByRole("link", { name: /Tilsagn.*test/i }).click();
    await page.getByLabel("Fordelingsnøgle").selectOption("EQUAL");
    await page.getByLabel("Samlet medfinansiering (kr.)").fill("40.000");
    await page.getByRole("button", { name: "Gem tilsagn" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Tilsagnene er gemt." })).toBeVisible();
    await look(page, "lead-pledges");

    await page.getByRole("link", { name: "Tilbage til pilotprojektet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await page.getByRole("button", { name: "Send til godkendelse" }).click();
    await expect(page.getByText("Projektet er sendt til godkendelse.")).toBeVisible();
    await look(page, "lead-submitted");
  });

  test("the secretariat approves it from its home", async ({ page }) => {
    await signIn(page, SECRETARIAT);
    await look(page, "secretariat-home");
    await page.getByRole("link", { name: /Pilotprojekter, der venter på godkendelse/ }).click();
    const card = page.getByRole("article", { name: TITLE });
    await expect(card.getByRole("table", { name: /Faserne med ønsket bevilling/ })).toContainText("180.000 kr.");
    await look(page, "secretariat-approvals");
    await card.getByRole("button", { name: "Godkend med bevilling" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Pilotprojektet er godkendt" })).toBeVisible();
  });

  test("the lead posts an expense, logs a result and asks for the gate", async ({ page }) => {
    await signIn(page, LEAD);
    // The home names the pilot twice: under its next step and in the list of the lead's pilots.
    await page.getByRole("link", { name: TITLE }).first().click();
    await look(page, "lead-pilot");
    await page.getByRole("link", { name: "Bogfør udgift" }).click();
    const form = page.getByRole("region", { name: /Bogfør en udgift/ });
    await form.getByLabel("Beløb i kroner").fill("25.000");
    await form.getByLabel("Kategori").selectOption("UDSTYR");
    await form.getByLabel("Beskrivelse").fill("Lydsensorer, 10 stk.");
    await form.getByRole("button", { name: "Bogfør udgiften" }).click();
    await expect(page.getByText("Udgiften er bogført.")).toBeVisible();
    await look(page, "lead-expense");
    await page.getByRole("link", { name: "Tilbage til pilotprojektet" }).click();

    await page.getByRole("link", { name: "Log resultat" }).click();
    await page.getByRole("group", { name: "Type" }).getByLabel("Milepæl").check();
    await page.getByLabel("Overskrift").fill(RESULT);
    await page.getByRole("button", { name: "Gem resultat" }).click();
    await expect(page.getByText("Resultatet er logget.")).toBeVisible();
    await look(page, "lead-result");

    await page.getByRole("link", { name: "Tilbage til pilotprojektet" }).click();
    await page.getByRole("link", { name: "Stage gate: review og beslutninger" }).click();
    const request = page.getByRole("region", { name: /Anmod om gate-review/ });
    await request.getByLabel("Resumé af resultaterne").fill("Sensorerne fangede 9 af 10 klager i testperioden.");
    await request
      .getByRole("group", { name: /Succeskriterie 1/ })
      .getByLabel("Opfyldt", { exact: true })
      .check();
    await request.getByLabel(/Dokumentation: Sensorerne fanger/).fill("9 af 10 klager, se resultatloggen");
    await request
      .getByRole("group", { name: /Stopkriterie 1/ })
      .getByLabel("Ikke udløst")
      .check();
    await request.getByLabel(/Dokumentation: Mere end 30/).fill("8 % falske alarmer");
    await request.getByRole("button", { name: "Anmod om gate-review" }).click();
    await expect(page.getByRole("status").first()).toBeVisible();
    await look(page, "lead-gate-requested");
  });

  for (const [i, email] of [...SCORERS, CHAIR].entries()) {
    test(`steering member ${i + 1} scores the review from the home's count`, async ({ page }) => {
      await signIn(page, email);
      if (i === 0) await look(page, "steering-home");
      await page.getByRole("link", { name: /Gate-reviews, der venter på din score/ }).click();
      await page.getByRole("link", { name: TITLE }).click();
      const card = page.getByRole("region", { name: "Dit scorekort" });
      // all() does not wait: the card must be there before its groups are listed.
      await expect(card.getByRole("group", { name: /vægt/ }).first()).toBeVisible();
      for (const group of await card.getByRole("group", { name: /vægt/ }).all())
        await group.getByLabel("4", { exact: true }).check();
      for (const comment of await card.getByLabel(/^Kommentar:/).all()) await comment.fill("Godt dokumenteret.");
      await card.getByRole("button", { name: "Afgiv scorekort" }).click();
      await expect(page.getByRole("status").first()).toBeVisible();
      await look(page, `steering-${i + 1}-scored`);
    });
  }

  test("the chair decides GO from the queue of reviews ready for a decision", async ({ page }) => {
    await signIn(page, CHAIR);
    await page.getByRole("link", { name: /Gate-reviews klar til beslutning/ }).click();
    await look(page, "steering-queue");
    await page.getByRole("link", { name: TITLE }).click();
    const decide = page.getByRole("region", { name: "Træf beslutning" });
    await decide.getByLabel("Go", { exact: true }).check();
    await decide
      .getByLabel("Begrundelse")
      .fill("Sensorerne virker; demonstrationen skal vise effekten i tre kvarterer.");
    await decide.getByRole("button", { name: "Træf beslutning" }).click();
    await expect(page).toHaveURL(/\/beslutninger\/\d+/);
    await look(page, "steering-memo");
  });

  test("a member of the other community finds the result", async ({ page }) => {
    await signIn(page, OTHER_MEMBER);
    await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Pilotprojekter" }).click();
    await page.getByLabel(/Søg/).first().fill("lydsensorer støj");
    await page.getByRole("button", { name: /Søg/ }).first().click();
    // The result is a hit of its own under its pilot (issue 20); it opens in the pilot's result log.
    const hit = page.getByRole("article", { name: TITLE });
    await look(page, "member-search");
    await hit.getByRole("link", { name: RESULT }).click();
    await expect(page).toHaveURL(/\/resultater#resultat-\d+$/);
    await expect(page.getByRole("main").getByText(RESULT).first()).toBeVisible();
    await look(page, "member-finds-result");
  });
});
