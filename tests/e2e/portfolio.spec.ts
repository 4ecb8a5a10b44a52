// The portfolio dashboard and its map in a real browser: axe (WCAG 2.1 AA) in Danish and English,
// screenshots of both kept in the report, filters that refresh in place with the URL, the
// downloads, and a municipality on the map that leads to its page by keyboard.
import type { Page, TestInfo } from "@playwright/test";
import { expect, expectNoAxeViolations, ROLES, signInAs, test } from "./fixtures";

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

test.describe("the portfolio dashboard", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, ROLES.steering);
  });

  test("shows the steering group every section, passes axe in Danish and English", async ({ page }, testInfo) => {
    await page.goto("/portefoelje");
    await expect(page.getByRole("heading", { level: 1, name: "Porteføljen" })).toBeVisible();
    for (const heading of [
      "Tragten",
      "Penge pr. fase",
      "Puljen over tid",
      "Stage gates, der venter",
      "Beslutninger over tid",
      "Verdensmål",
      "Teknologi og område",
      "Værdi og risiko",
      "Fair andel",
      "Gevinster",
    ]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    // The charts are drawn (Recharts measures the page first) before the picture is taken.
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    // The figures may be up to a minute old (a short cache): the page says when they were made, in Danish time.
    await expect(page.getByTestId("portfolio-computed-at")).toHaveText(/^Tallene er opgjort kl\. \d{2}\.\d{2}\.$/);
    // The demo's 33 pilots are under every cap: no "Viser … af …" note.
    await expect(page.getByTestId("cap-value-risk")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, "dashboard-da.png");

    await toEnglish(page);
    await expect(page.getByRole("heading", { level: 1, name: "The portfolio" })).toBeVisible();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await expect(page.getByTestId("portfolio-computed-at")).toHaveText(/^Figures as of \d{2}:\d{2}\.$/);
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, "dashboard-en.png");
  });

  test("filters refresh the figures in place and keep them in the URL", async ({ page }) => {
    await page.goto("/portefoelje");
    const all = Number(await page.locator('[data-figure="pilots"] .figure-value').innerText());
    // In place: the page is not reloaded (the marker survives) and the server renders the figures (no API fetch).
    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));
    let fetched = 0;
    page.on("request", (r) => r.url().includes("/api/v1/portfolio/summary") && fetched++);
    await page.getByLabel("Fællesskab", { exact: true }).selectOption("govtech-midtjylland");
    await page.getByLabel("År", { exact: true }).selectOption("2025");
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(/\/portefoelje\?faellesskab=govtech-midtjylland&aar=2025$/);
    await expect(page.getByTestId("portfolio-figures")).toHaveAttribute(
      "data-filters",
      "?faellesskab=govtech-midtjylland&aar=2025",
    );
    const some = Number(await page.locator('[data-figure="pilots"] .figure-value').innerText());
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    expect(fetched).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1);
    await expect(page.getByRole("status")).toHaveText(
      new RegExp(`^Viser ${some} pilotprojekter\\. Tallene er opgjort kl\\. \\d{2}\\.\\d{2}\\.$`),
    );

    // Back returns to everything and forward to the filters, still in place; a reload renders the same.
    await page.goBack();
    await expect(page.locator('[data-figure="pilots"] .figure-value')).toHaveText(String(all));
    await expect(page.getByLabel("Fællesskab", { exact: true })).toHaveValue("");
    await page.goForward();
    await expect(page.locator('[data-figure="pilots"] .figure-value')).toHaveText(String(some));
    await expect(page.getByLabel("Fællesskab", { exact: true })).toHaveValue("govtech-midtjylland");
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1);
    await page.reload();
    await expect(page.locator('[data-figure="pilots"] .figure-value')).toHaveText(String(some));
    await expect(page.getByLabel("Fællesskab", { exact: true })).toHaveValue("govtech-midtjylland");
    await page.goto("/portefoelje");
    await expect(page.locator('[data-figure="pilots"] .figure-value')).toHaveText(String(all));
  });

  test("downloads a chart's data as CSV and Excel", async ({ page }) => {
    await page.goto("/portefoelje");
    const section = page.getByTestId("section-penge-fase");
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name: "Hent Penge pr. fase som CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe("portefoelje-money-phase.csv");
    const text = await (await csv.createReadStream()).toArray();
    expect(Buffer.concat(text).toString("utf8")).toContain("Fase;Bevilget;Tilsagn;Forbrugt");
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("link", { name: "Hent Penge pr. fase som Excel-fil" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("portefoelje-money-phase.xlsx");
  });
});

test.describe("the map", () => {
  test("passes axe in Danish and English, and a municipality opens its page by keyboard", async ({
    page,
  }, testInfo) => {
    await signInAs(page, ROLES.member);
    await page.goto("/portefoelje/kort");
    await expect(page.getByRole("heading", { level: 1, name: "Hvor i Danmark projekterne kører" })).toBeVisible();
    const map = page.getByTestId("denmark-map");
    await expect(map.locator("a")).toHaveCount(98);
    // The table is the text alternative: the same count as the dot says.
    const aarhus = map.locator('a[data-code="751"]');
    const count = await aarhus.getAttribute("data-pilots");
    await expect(aarhus).toHaveAttribute("aria-label", `Aarhus: ${count} pilotprojekter`);
    const row = page.getByTestId("table-municipalities").getByRole("row", { name: /^Aarhus 751/ });
    await expect(row.getByRole("cell").nth(1)).toHaveText(String(count));
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, "map-da.png");

    await aarhus.focus();
    await expect(aarhus).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/kommuner\/751$/);

    await page.goto("/portefoelje/kort");
    await toEnglish(page);
    await expect(page.getByRole("heading", { level: 1, name: "Where in Denmark the pilots run" })).toBeVisible();
    await expectNoAxeViolations(page);
    await attachScreenshot(page, testInfo, "map-en.png");
  });

  test("works without signing in, counting public pilots only", async ({ page }) => {
    await page.goto("/portefoelje/kort?aar=2025");
    await expect(page.getByText("Du er ikke logget ind")).toBeVisible();
    await expect(page.getByLabel("År", { exact: true })).toHaveValue("2025");
    await expect(page.getByTestId("denmark-map").locator("a")).toHaveCount(98);
  });
});
