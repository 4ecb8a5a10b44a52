import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const PUBLIC_PAGES = [
  "/",
  "/log-ind",
  "/faellesskaber",
  "/faellesskaber/govtech-midtjylland",
  "/faellesskaber/faellesskab-for-dynamiske-data",
  "/kommuner",
];

test.describe("every page passes axe (WCAG 2.1 AA) and has a title", () => {
  for (const path of PUBLIC_PAGES) {
    test(`anonymous ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/Innovationsmotor/);
      await expect(page.locator("html")).toHaveAttribute("lang", "da");
      await expectNoAxeViolations(page);
    });
  }

  for (const path of [...PUBLIC_PAGES.filter((p) => p !== "/log-ind"), "/profil"]) {
    test(`signed in ${path}`, async ({ page }) => {
      await signInAs(page, ROLES.projectLead);
      await page.goto(path);
      await expect(page).toHaveTitle(/Innovationsmotor/);
      await expectNoAxeViolations(page);
    });
  }

  test("the not-found page", async ({ page }) => {
    const res = await page.goto("/faellesskaber/findes-ikke");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
    await expectNoAxeViolations(page);
  });

  test("in English too", async ({ page }) => {
    await page.goto("/kommuner");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
  });

  test("on a phone-sized screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test("skip link and footer accessibility statement", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Gå til indhold" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" })).toHaveAttribute(
    "href",
    /^https?:\/\//,
  );
});

test("language: Danish by default, English after the switch, and it persists", async ({ page }) => {
  await page.goto("/faellesskaber");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Datafællesskaber");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data communities");
  await expect(page).toHaveURL(/\/faellesskaber$/);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await page.getByRole("button", { name: "Skift til dansk" }).click();
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeVisible();
});
