// Sign-in hardening as the browser sees it: the session cookie's flags, and the throttle's message.
import { test, expect, DEMO_PASSWORD, ROLES } from "./fixtures";

test("the session cookie is HttpOnly and SameSite=Lax (Secure only over https, which this server is not)", async ({
  page,
}) => {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: ROLES.member, password: DEMO_PASSWORD, json: "true" },
  });
  const session = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value)
    .find((v) => v.startsWith("next-auth.session-token="));
  expect(session).toMatch(/; HttpOnly/);
  expect(session).toMatch(/; SameSite=Lax/);
  expect(session).not.toMatch(/; Secure/);
  // The throttle's known-device cookie (docs/decisions/0028) comes with the sign-in, script-proof too.
  const device = res
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("innovationsmotor-device="))?.value;
  expect(device).toMatch(
    /^innovationsmotor-device=[A-Za-z0-9_-]{22}; Path=\/api\/auth; Max-Age=31536000; HttpOnly; SameSite=Lax$/,
  );
});

test("after 5 failed attempts for one e-mail the form says to wait", async ({ page }) => {
  // An e-mail nobody else uses, so nobody is slowed down. Its 5 failures count on the address of
  // this machine too (the socket's: X-Forwarded-For counts for nothing), well within its 20 free ones.
  const email = `throttle-${Date.now()}@ishoej.example`;
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Adgangskode").fill("forkert-adgangskode");
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-mail eller adgangskode er forkert" })).toBeVisible();
    await expect(page.getByLabel("Adgangskode")).toHaveValue("");
  }
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "for mange mislykkede forsøg på at logge ind. Vent op til 15 minutter" }),
  ).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(email);
});
