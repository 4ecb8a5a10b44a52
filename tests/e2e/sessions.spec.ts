// Issue 15 finding 5: a session ends when it should, everywhere. A copy of a session cookie (another
// tab, another device, a stolen one) stops working when its owner signs out, and "Log ud alle steder"
// on the profile ends every session of the user at once (a per-user session version, lib/auth).
import type { BrowserContext } from "@playwright/test";
import { test, expect, signInAs, expectNoAxeViolations, ROLES } from "./fixtures";

const cookieHeader = async (context: BrowserContext) =>
  (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

/** The profile page as a bare request carrying `cookie`: 200 when signed in, a redirect to sign-in when not. */
async function profileStatus(baseURL: string, cookie: string) {
  const res = await fetch(`${baseURL}/profil`, { headers: { cookie }, redirect: "manual" });
  return res.status === 200
    ? "signed in"
    : (res.headers.get("location") ?? "").includes("/log-ind")
      ? "signed out"
      : `status ${res.status}`;
}

test("a copied session cookie stops working when its owner signs out", async ({ page, baseURL }) => {
  await signInAs(page, ROLES.steering);
  const copy = await cookieHeader(page.context());
  expect(await profileStatus(baseURL!, copy)).toBe("signed in");
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/", json: "true" } });
  expect(await profileStatus(baseURL!, copy)).toBe("signed out");
});

test("“Log ud alle steder” on the profile ends every session of the user", async ({ page, browser, baseURL }) => {
  await signInAs(page, ROLES.member);
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await signInAs(elsewhere, ROLES.member);
  const elsewhereCookie = await cookieHeader(other);
  expect(await profileStatus(baseURL!, elsewhereCookie)).toBe("signed in");

  await page.goto("/profil");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Log ud alle steder" }).click();
  await expect(page).toHaveURL(/\/log-ind/);
  await expect(page.getByRole("button", { name: "Log ind", exact: true })).toBeVisible();
  expect(await profileStatus(baseURL!, elsewhereCookie)).toBe("signed out");
  await elsewhere.goto("/profil");
  await expect(elsewhere).toHaveURL(/\/log-ind/);
  // Signing in again works at once, with a fresh session.
  await signInAs(page, ROLES.member);
  expect(await profileStatus(baseURL!, await cookieHeader(page.context()))).toBe("signed in");
  await other.close();
});
