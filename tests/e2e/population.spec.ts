import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";

const PAGE = "/administration/befolkning";
const file = (body: string) => ({
  name: "FOLK1A.csv",
  mimeType: "text/csv",
  buffer: Buffer.from("\uFEFFOMRÅDE;KØN;ALDER;TID;INDHOLD\r\n" + body, "utf8"),
});

test("a platform administrator previews a FOLK1A file and saves the new figures", async ({ page }) => {
  await signInAs(page, "admin@innovationsmotor.example");
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opdatér indbyggertal fra FOLK1A");
  await expectNoAxeViolations(page);

  await page.getByLabel("FOLK1A-fil (CSV)").setInputFiles(file('"Læsø";"I alt";"Alder i alt";"2025K1";"12x"\r\n'));
  await expect(page.getByRole("alert").filter({ hasText: "Linje 2, kolonne INDHOLD: ikke et helt tal" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Gem/ })).toHaveCount(0);

  await page.getByLabel("FOLK1A-fil (CSV)").setInputFiles(file('"Læsø";"I alt";"Alder i alt";"2025K1";"1728"\r\n'));
  const preview = page.getByRole("table", { name: "Indbyggertal før og efter opdateringen" });
  await expect(preview.getByRole("row", { name: /Læsø/ })).toContainText("1.728");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Gem 1 nye indbyggertal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Indbyggertallene er opdateret." })).toBeVisible();

  const laesoe = await (await page.request.get("/api/v1/municipalities/825")).json();
  expect(laesoe.population).toBe(1728);
});

test("nobody else finds the page", async ({ page }) => {
  await signInAs(page, "sekretariat@gate21.example");
  expect((await page.goto(PAGE))?.status()).toBe(404);
});
