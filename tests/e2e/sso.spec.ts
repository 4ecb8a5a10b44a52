// Single sign-on end to end: the browser goes to a real OpenID Connect provider (started by
// playwright.config.ts), signs in there, and comes back to the app.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { OIDC_ISSUER, OIDC_NAME, type OidcLogin } from "./support/oidc-settings";

const ssoButton = (page: Page) => page.getByRole("button", { name: `Log ind med ${OIDC_NAME}` });
const AT_PROVIDER = new RegExp(`^${OIDC_ISSUER.replace(/\./g, "\\.")}/interaction/`);
const REFUSED = "Sekretariatet for dit fællesskab skal først oprette dig som bruger.";

/** The provider's development login form: any password goes for a known login name. */
async function signInAtProvider(page: Page, login: OidcLogin) {
  await expect(page).toHaveURL(AT_PROVIDER);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("the sign-in page offers the organisation's login and passes axe", async ({ page }) => {
  await page.goto("/log-ind");
  await expect(ssoButton(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Eller log ind med e-mail og adgangskode" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the Ishøj project lead signs in through her organisation's login and lands where she was going", async ({
  page,
}) => {
  await page.goto("/profil");
  await expect(page).toHaveURL(/\/log-ind\?callbackUrl=%2Fprofil/);
  await ssoButton(page).click();
  await signInAtProvider(page, "amalie");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/profil$/);
  // The name and roles are the app's own, not the provider's ("Amalie Brandt (Ishøj IdP)").
  await expect(page.getByText("Logget ind som Amalie Brandt", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Projektleder", exact: true }).first()).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.user.email).toBe("projektleder@ishoej.example");
  await page.getByRole("button", { name: "Log ud", exact: true }).click();
  await expect(page.getByRole("link", { name: "Log ind", exact: true })).toBeVisible();
});

test("an e-mail without an account here is refused with a message, and nothing is created", async ({ page }) => {
  await page.goto("/log-ind");
  await ssoButton(page).click();
  await signInAtProvider(page, "ukendt");
  await expect(page).toHaveURL(/\/log-ind\?error=sso$/);
  await expect(page.getByRole("alert").filter({ hasText: REFUSED })).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  // Had the first visit created an account, the second would get in. The provider remembers her
  // now, so this time it sends her straight back without its login form. (Start from another
  // address, so the URL check below waits for the round trip instead of passing at once.)
  await page.goto("/log-ind?callbackUrl=%2Fprofil");
  await ssoButton(page).click();
  await expect(page).toHaveURL(/\/log-ind\?error=sso$/);
  await expect(page.getByRole("alert").filter({ hasText: REFUSED })).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await expectNoAxeViolations(page);
});

test("cancelling at the provider brings her back with a message and the password form", async ({ page }) => {
  await page.goto("/log-ind");
  await ssoButton(page).click();
  await expect(page).toHaveURL(AT_PROVIDER);
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  // next-auth reports the provider's access_denied as its generic "Callback" error.
  await expect(page).toHaveURL(/\/log-ind\?.*error=Callback/);
  await expect(page.getByRole("alert").filter({ hasText: `Log ind med ${OIDC_NAME} lykkedes ikke.` })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toBeVisible();
});

test("the refusal is explained in English too", async ({ page }) => {
  await page.goto("/log-ind?error=sso");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("alert").filter({ hasText: "The secretariat of your community must first create you as a user." }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: `Sign in with ${OIDC_NAME}` })).toBeVisible();
});
