// What a reader sees at a glance, not a workflow: the memo's scores table fits the page, tags by
// their labels, kroner on a KPI's axis with its lines named beside the chart, no file path on the
// map, and a favicon.
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";
import { pilotId } from "./support/gates";

test("the decision memo uses the page's width: the whole scores table is visible at 1366 px", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, ROLES.secretariat);
  await page.goto("/faellesskaber/govtech-midtjylland/gates");
  await page.locator('a[href^="/beslutninger/"]').first().click();
  await expect(page).toHaveURL(/\/beslutninger\/\d+$/);
  const memo = page.getByRole("article");
  expect((await memo.boundingBox())!.width).toBeGreaterThan(1000);
  const scores = page.getByRole("region", { name: /Styregruppens scorer/ });
  const { scrollWidth, clientWidth } = await scores.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("technology and domain tags read as labels, in Danish and in English", async ({ page, request }) => {
  const id = await pilotId(request, "Fælles IoT-dataplatform for Midtjylland på OS2iot");
  await page.goto(`/piloter/${id}`);
  const domains = page.getByRole("heading", { name: "Område", exact: true }).locator("xpath=following-sibling::ul[1]");
  await expect(domains.locator(".tag").first()).toBeVisible();
  for (const tag of await domains.locator(".tag").allInnerTexts()) expect(tag).toMatch(/^\p{Lu}/u);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = await page
    .getByRole("heading", { name: "Domain", exact: true })
    .locator("xpath=following-sibling::ul[1]")
    .locator(".tag")
    .allInnerTexts();
  expect(english.length).toBeGreaterThan(0);
  for (const tag of english) expect(tag).toMatch(/^[A-Z][a-z]/);
});

test("a KPI in kroner says kroner on its axis, and its baseline and targets are named below the chart", async ({
  page,
  request,
}) => {
  await signInAs(page, ROLES.member);
  const id = await pilotId(request, "Fælles IoT-dataplatform for Midtjylland på OS2iot");
  await page.goto(`/piloter/${id}`);
  const figure = page.getByRole("region", { name: "Pris pr. ny sensorintegration", exact: true }).locator("figure");
  await figure.scrollIntoViewIfNeeded();
  // The plot loads after the page (ChartFrame): give it the time a busy machine needs.
  await expect(figure.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible({
    timeout: 30_000,
  });
  const ticks = await figure
    .locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")
    .allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  for (const tick of ticks) expect(tick).toMatch(/^\d{1,3}(\.\d{3})* kr\.$/);
  await expect(figure.getByRole("listitem").filter({ hasText: /Udgangspunkt 18\.000/ })).toBeVisible();
  await expect(figure.getByRole("listitem").filter({ hasText: /Mål Opskalering: 6\.000/ })).toBeVisible();
  // Nothing is written on the plot itself but the axes: no label to collide with a line or a date.
  await expect(figure.locator("svg text").filter({ hasText: /Udgangspunkt|Mål/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the map names its sources, not a file of the code; /favicon.ico is an icon", async ({ page, request }) => {
  await page.goto("/portefoelje/kort");
  await expect(page.getByText(/Natural Earth/)).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/lib\/|SOURCES\.md/);
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\//);
});
