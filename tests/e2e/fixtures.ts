import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO_PASSWORD = "demo1234";

export const ROLES = {
  secretariat: "sekretariat@govtech-midt.example",
  steering: "styregruppe@struer.example",
  projectLead: "projektleder@aarhus.example",
  member: "medlem@silkeborg.example",
  admin: "admin@innovationsmotor.example",
} as const;

/** Signs in through next-auth's own endpoints (no clicking through the form), cookies land in the page. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(res.ok()).toBeTruthy();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session?.user?.email).toBe(email);
}

/** WCAG 2.1 A and AA, as Danish law requires: zero violations. */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side refresh (the language switch) Next swaps the head a moment after the body:
  // wait for the new title rather than let axe catch the page in between. A page without a title
  // still fails, here.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
  expect(summary).toEqual([]);
}

export const test = base;
export { expect };
