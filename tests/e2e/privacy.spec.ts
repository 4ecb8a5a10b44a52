// Privacy: the notice at /privatliv (from the footer, Danish and English), and a secretariat's export
// and erasure of a user's personal data through the user page — keyboard only for the erasure.
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const ADMIN = "/faellesskaber/govtech-midtjylland/administration";

test("the privacy notice is linked from every page's footer and passes axe in Danish and English", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privatlivspolitik" }).click();
  await expect(page).toHaveURL(/\/privatliv$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privatliv og personoplysninger");
  await expect(page.getByText(/artikel 6, stk\. 1, litra e/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Hvor længe gemmer vi oplysningerne?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy and personal data");
  await expect(page.getByText(/Article 6\(1\)\(e\)/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a secretariat exports a user's data and erases it; the history stays under “Slettet bruger”", async ({
  page,
}) => {
  const stamp = Date.now();
  const name = `Persondata Prøve ${stamp}`;
  const email = `persondata.${stamp}@silkeborg.example`;
  await signInAs(page, ROLES.secretariat);

  await page.goto(`${ADMIN}/brugere`);
  const create = page.getByRole("region", { name: "Opret bruger" });
  await create.getByLabel("Navn").fill(name);
  await create.getByLabel("E-mail").fill(email);
  await page.getByLabel("Søg efter organisation").fill("Silkeborg");
  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: "Silkeborg" });
  await create.getByRole("checkbox", { name: "Medlem", exact: true }).check();
  await create.getByRole("button", { name: "Opret bruger" }).click();
  await expect(page.getByLabel("Invitationslink")).toBeVisible();
  await page.getByRole("link", { name: `Administrér ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectNoAxeViolations(page);

  // Export: a JSON file with the person's data.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Hent personoplysninger om ${name} (JSON)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^personoplysninger-bruger-\d+\.json$/);
  const data = JSON.parse(await (await import("node:fs/promises")).readFile((await download.path())!, "utf8"));
  expect(data.user).toMatchObject({ name, email, hasPassword: false });
  expect(data.invitations).toHaveLength(1);

  // The confirmation step: a wrong address erases nothing and keeps what was typed, beside the field.
  const field = page.getByLabel("Skriv brugerens e-mailadresse for at bekræfte");
  await field.focus();
  await page.keyboard.type("forkert@silkeborg.example");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Slet personoplysninger permanent" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("E-mailadressen passer ikke med brugeren. Intet er slettet.")).toBeVisible();
  await expect(field).toHaveValue("forkert@silkeborg.example");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await field.fill(email);
  await field.press("Enter");
  await expect(page.getByText("Personoplysningerne er slettet.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tilbage til brugerne" }).click();
  await expect(page.getByRole("link", { name: `Administrér ${name}` })).toHaveCount(0);

  // The audit trail keeps the events, with the person anonymised.
  await page.goto(`${ADMIN}/revisionsspor`);
  await expect(page.getByText(name)).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);
});

test("the user page's privacy section passes axe in English", async ({ page }) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(`${ADMIN}/brugere`);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await page
    .getByRole("link", { name: /^Manage / })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Personal data", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("another community's secretariat gets a 404 for the export", async ({ page }) => {
  await signInAs(page, "sekretariat@gate21.example");
  const res = await page.request.get(`${ADMIN}/brugere/1/personoplysninger`);
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("NOT_FOUND");
});
