// The catalogue, "who has tried this?", the place pages and public access, end to end on the demo data:
// the acceptance journey of issue 6 (a member finds a stopped pilot of another community by search and
// reads why it stopped), filters that a link reproduces, anonymous access to public pilots only, and axe
// (WCAG 2.1 AA) on every page this adds, in Danish and in English.
import type { Browser, Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const VISITATION = "AI-forslag til visitation af hjemmehjælp"; // FDD, stopped; "skævheder" is only in its stop report
const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen"; // GovTech, adopted, public
const AI_JOURNAL = "AI-assisteret journalisering og resumé i socialforvaltningen"; // running, members only
const DRAFT = "Droneinspektion af kommunale tage og broer"; // a GovTech draft
const FDD_MEMBER = "medlem@vallensbaek.example";

const results = (page: Page) => page.getByRole("region", { name: /^(Resultater|Results)$/ });
const hitTitles = (page: Page) => results(page).locator("article h3").allTextContents();

/** Pilot ids by title, read as the platform admin in a context of its own. */
async function pilotIds(browser: Browser, titles: string[]): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, ROLES.admin);
  const ids = [];
  for (const title of titles) {
    const body = await (await page.request.get(`/api/v1/pilots?q=${encodeURIComponent(title)}`)).json();
    ids.push(body.items.find((p: { title: string }) => p.title === title).id);
  }
  await context.close();
  return ids;
}

test("a member finds, by search, a stopped pilot of another community and reads why it stopped", async ({ page }) => {
  await signInAs(page, ROLES.member); // Silkeborg, a member of GovTech Midtjylland
  await page.goto("/piloter");
  await page.getByRole("searchbox", { name: "Søg i pilotprojekterne" }).fill("skævheder");
  await page.getByRole("button", { name: "Søg", exact: true }).click();
  await expect(page).toHaveURL(/\/piloter\?q=sk%C3%A6vheder$/);
  await expect(page).toHaveTitle(/^Søgning efter “skævheder”: 1 pilotprojekt/);
  await expect(results(page).getByRole("status")).toHaveText("1 pilotprojekt");
  const hit = results(page).getByRole("article");
  await expect(hit.getByRole("heading", { level: 3 })).toHaveText(VISITATION);
  await expect(hit.getByText("Stoppet", { exact: true })).toBeVisible();
  await expect(hit.getByText("Fællesskab for Dynamiske Data")).toBeVisible();
  await expect(hit.getByText("Stoprapport:", { exact: true })).toBeVisible();
  // what answers the search: the stop report itself, under its pilot
  await expect(
    hit
      .getByRole("list", { name: "Erfaringer og resultater, der matcher" })
      .getByRole("link", { name: "Stoprapport: AI-forslag til visitation" }),
  ).toBeVisible();
  await expect(hit.locator("mark").first()).toHaveText("skævheder");
  await expectNoAxeViolations(page);

  await hit.getByRole("link", { name: VISITATION }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISITATION);
  await expect(page.getByText(/viderefører skævheder i de historiske afgørelser/).first()).toBeVisible();
});

test("filters live in the address: the same link gives the same search, also via /katalog", async ({
  page,
  browser,
}) => {
  await signInAs(page, FDD_MEMBER);
  await page.goto("/piloter");
  await page.getByRole("group", { name: "Teknologi" }).getByLabel(/^IoT/).check();
  await page.getByRole("group", { name: "Område" }).getByLabel(/^Vand/).check();
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page).toHaveURL(/teknologi=IoT&omraade=vand/);
  const count = await results(page).getByRole("status").textContent();
  const titles = await hitTitles(page);
  expect(titles.length).toBeGreaterThan(1);
  await page
    .getByRole("group", { name: "Fase" })
    .getByLabel(/^Opskalering/)
    .check();
  await page.getByRole("searchbox", { name: "Søg i pilotprojekterne" }).fill("sensorer");
  await page.getByRole("button", { name: "Vis resultater" }).click();
  await expect(page).toHaveURL(/q=sensorer&fase=scale&teknologi=IoT&omraade=vand/);
  const narrowed = {
    url: page.url(),
    count: await results(page).getByRole("status").textContent(),
    titles: await hitTitles(page),
  };
  expect(narrowed.titles.length).toBeLessThanOrEqual(titles.length);
  expect(count).not.toBe(null);

  // The shared link, opened by the same person somewhere else, reproduces it: hits, count and ticks.
  const other = await browser.newContext();
  const again = await other.newPage();
  await signInAs(again, FDD_MEMBER);
  for (const url of [narrowed.url, narrowed.url.replace("/piloter?", "/katalog?")]) {
    await again.goto(url);
    await expect(again).toHaveURL(narrowed.url);
    await expect(results(again).getByRole("status")).toHaveText(narrowed.count!);
    expect(await hitTitles(again)).toEqual(narrowed.titles);
    await expect(again.getByRole("group", { name: "Fase" }).getByLabel(/^Opskalering/)).toBeChecked();
    await expect(again.getByRole("searchbox", { name: "Søg i pilotprojekterne" })).toHaveValue("sensorer");
  }
  await other.close();
});

test("anonymous visitors read public pilots; members-only pilots and drafts are 404", async ({ page, browser }) => {
  const [publicId, membersId, draftId] = await pilotIds(browser, [GUDENAA, AI_JOURNAL, DRAFT]);
  const pub = await page.goto(`/piloter/${publicId}`);
  expect(pub?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(GUDENAA);
  await expect(page.getByRole("heading", { name: "Lignende pilotprojekter" })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const id of [membersId, draftId]) {
    const res = await page.goto(`/piloter/${id}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
  }
  await page.goto(`/piloter?q=${encodeURIComponent("journalisering droneinspektion")}`);
  await expect(results(page).getByRole("status")).toHaveText("0 pilotprojekter");
  await page.goto("/piloter");
  await expect(page.getByRole("link", { name: GUDENAA })).toBeVisible();
  await expect(page.getByRole("link", { name: AI_JOURNAL })).toHaveCount(0);
});

test("who has tried it: municipalities and pilots for a technology and a problem, a stopped one with its reason", async ({
  page,
}) => {
  await signInAs(page, FDD_MEMBER);
  await page.goto("/piloter");
  await page.getByRole("link", { name: /Hvem har prøvet det\?/ }).click();
  await page.getByLabel("Teknologi").selectOption("IoT");
  await page.getByLabel("Problemet med dine egne ord").fill("affald");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/\/hvem-har-proevet\?teknologi=IoT&omraade=&q=affald/);
  const stopped = page.getByRole("article").filter({ hasText: "Fyldningssensorer i offentlige affaldsspande" });
  await expect(stopped.getByText("Derfor stoppede det:")).toBeVisible();
  await expect(stopped.getByText(/renovationskontrakten er bygget på faste ruter/)).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Kommuner, der har været med/ }).getByRole("link", { name: "Holstebro" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole("region", { name: /Kommuner, der har været med/ })
    .getByRole("link", { name: "Holstebro" })
    .click();
  await expect(page).toHaveURL(/\/kommuner\/661$/);
});

test("place pages pass axe, signed in and anonymously", async ({ page }) => {
  for (const signedIn of [false, true]) {
    if (signedIn) await signInAs(page, ROLES.member);
    for (const [url, heading] of [
      ["/kommuner/751", "Aarhus"],
      ["/regioner/1084", "Region Hovedstaden"],
      ["/organisationer/dtu-compute", "DTU Compute"],
    ]) {
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    }
  }
  await page.goto("/kommuner");
  await page.getByRole("link", { name: "Aarhus", exact: true }).click();
  await expect(page).toHaveURL(/\/kommuner\/751$/);
  await expect(page.getByRole("region", { name: /Pilotprojekter, som Aarhus leder/ })).toBeVisible();
});

test("in English: the catalogue, who has tried it and a municipality page pass axe", async ({ page }) => {
  await signInAs(page, FDD_MEMBER);
  await page.goto("/piloter");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/piloter?q=vandstnd&teknologi=IoT");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pilot projects");
  await expect(page.getByText(/“vandstnd” does not occur in the projects/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/hvem-har-proevet?omraade=vand");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who has tried this?");
  await expectNoAxeViolations(page);
  await page.goto("/kommuner/187");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vallensbæk");
  await expectNoAxeViolations(page);
});
