// Who reaches the administration: the community's secretariat and the platform administrator;
// everyone else gets the same 404 as a page that does not exist, and sees no link to it.
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const GTM = "/faellesskaber/govtech-midtjylland";
const FDD = "/faellesskaber/faellesskab-for-dynamiske-data";
const SECTIONS = [
  "/administration",
  "/administration/medlemmer",
  "/administration/brugere",
  "/administration/revisionsspor",
];

const OUTSIDERS = [
  { who: "the other community's secretariat", email: "sekretariat@gate21.example", community: GTM },
  { who: "a member of the other community", email: "medlem@vallensbaek.example", community: GTM },
  { who: "a lead who is a member there", email: ROLES.projectLead, community: FDD },
  { who: "a steering member of the community", email: ROLES.steering, community: GTM },
];

for (const { who, email, community } of OUTSIDERS) {
  test(`${who} gets 404 on every administration page, and no link`, async ({ page }) => {
    await signInAs(page, email);
    for (const section of SECTIONS) {
      const res = await page.goto(`${community}${section}`);
      expect(res?.status(), section).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
    }
    await page.goto(community);
    await expect(page.getByRole("main").getByRole("link", { name: "Administration" })).toHaveCount(0);
  });
}

test("signed out, the administration asks for sign-in first", async ({ page }) => {
  await page.goto(`${GTM}/administration/brugere`);
  await expect(page).toHaveURL(/\/log-ind\?callbackUrl=/);
});

test("the secretariat finds the administration from the community page; every page passes axe", async ({ page }) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(GTM);
  await page.getByRole("main").getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration af GovTech Midtjylland");
  await expectNoAxeViolations(page);
  for (const [link, heading] of [
    ["Medlemmer", "Medlemsorganisationer i GovTech Midtjylland"],
    ["Brugere", "Brugere i GovTech Midtjylland"],
    ["Revisionsspor", "Revisionsspor for GovTech Midtjylland"],
  ]) {
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  }
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Brugere" }).click();
  await page.getByRole("link", { name: "Administrér Camilla Nørgaard" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Camilla Nørgaard");
  await expectNoAxeViolations(page);
  // A bad filter (here a hand-edited URL) says what is wrong beside the field.
  await page.goto(`${GTM}/administration/revisionsspor?from=2026-13-40`);
  await expect(page.getByText("Skriv datoen som åååå-mm-dd.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the platform administrator may administer any community", async ({ page }) => {
  await signInAs(page, ROLES.admin);
  const res = await page.goto(`${FDD}/administration/medlemmer`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Medlemsorganisationer i Fællesskab for Dynamiske Data",
  );
});
