import { test, expect, DEMO_PASSWORD, ROLES } from "./fixtures";

const ROLE_LOGINS = [
  { email: ROLES.secretariat, role: "Sekretariat" },
  { email: ROLES.steering, role: "Styregruppemedlem" },
  { email: ROLES.projectLead, role: "Projektleder" },
  { email: ROLES.member, role: "Medlem" },
  { email: "sekretariat@gate21.example", role: "Sekretariat" },
  { email: "projektleder@ishoej.example", role: "Projektleder" },
];

for (const { email, role } of ROLE_LOGINS) {
  test(`signs in with the form as ${role} (${email}) and out again`, async ({ page }) => {
    await page.goto("/profil");
    await expect(page).toHaveURL(/\/log-ind\?callbackUrl=%2Fprofil/);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page).toHaveURL(/\/profil$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Min profil");
    await expect(page.getByRole("cell", { name: role, exact: true }).first()).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    await page.getByRole("button", { name: "Log ud", exact: true }).click();
    await expect(page.getByRole("link", { name: "Log ind" })).toBeVisible();
    await page.goto("/profil");
    await expect(page).toHaveURL(/\/log-ind/);
  });
}

test("a wrong password is refused with a message, and the e-mail stays", async ({ page }) => {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(ROLES.member);
  await page.getByLabel("Adgangskode").fill("forkert-adgangskode");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert" })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(ROLES.member);
});

test("bad input gets a message beside the field", async ({ page }) => {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill("ikke-en-email");
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(page.getByText("Skriv en gyldig e-mailadresse")).toBeVisible();
  await expect(page.getByText("Skriv din adgangskode.")).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
});
