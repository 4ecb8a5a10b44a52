import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";

const POOL = "/faellesskaber/govtech-midtjylland/administration/pulje";

test("the secretariat records contributions by population tiers and the pool grows by exactly the total", async ({
  page,
}) => {
  await signInAs(page, "sekretariat@govtech-midt.example");
  await page.goto(POOL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innovationspuljen – GovTech Midtjylland");
  await expectNoAxeViolations(page);

  await page.getByLabel("År", { exact: true }).fill("2027");
  await page.getByLabel("Fordelingsnøgle").selectOption("POPULATION_TIERS");
  await page.getByLabel("Samlet beløb (kr.)").fill("1.900.000");
  const preview = page.getByRole("table", { name: "Sådan fordeles beløbet på medlemmerne" });
  await expect(preview.getByRole("row", { name: /Aarhus/ })).toContainText("kr.");
  await page.getByRole("button", { name: "Registrér indbetalinger" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Indbetalingerne er registreret." })).toBeVisible();
  await page.goto(`${POOL}?aar=2027`);
  const row = page.getByRole("row", { name: /^2027/ });
  await expect(row).toContainText("1.900.000 kr.");
  await expectNoAxeViolations(page);
});

test("bad input is explained beside the field and what was typed stays", async ({ page }) => {
  await signInAs(page, "sekretariat@govtech-midt.example");
  await page.goto(POOL);
  await page.getByLabel("År", { exact: true }).fill("2027");
  await page.getByLabel("Samlet beløb (kr.)").fill("12,5 mio");
  await page.getByRole("button", { name: "Registrér indbetalinger" }).click();
  await expect(page.getByText("Beløbet skal være i hele kroner, fx 125.000.")).toBeVisible();
  await expect(page.getByLabel("Samlet beløb (kr.)")).toHaveValue("12,5 mio");
  await expect(page.getByLabel("Samlet beløb (kr.)")).toHaveAttribute("aria-invalid", "true");
});

test("another community's secretariat and a member get 404", async ({ page }) => {
  await signInAs(page, "sekretariat@gate21.example");
  expect((await page.goto(POOL))?.status()).toBe(404);
  await signInAs(page, "medlem@silkeborg.example");
  expect((await page.goto(POOL))?.status()).toBe(404);
});
