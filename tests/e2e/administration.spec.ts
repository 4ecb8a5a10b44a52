// The secretariat's journey: members, a new user with an invitation link, the invitee's first
// sign-in, a "Bliv medlem" request and its acceptance, and the audit trail that records it all.
// The e2e database survives between runs, so the test first puts Odense back where it started.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const ADMIN = "/faellesskaber/govtech-midtjylland/administration";
const ORG = "Odense";

async function resetOdense(page: Page) {
  await page.goto(`${ADMIN}/medlemmer`);
  const decline = page.getByRole("button", { name: `Afvis anmodningen fra ${ORG}` });
  if (await decline.count()) {
    await decline.click();
    await expect(decline).toHaveCount(0);
  }
  const remove = page.getByRole("button", { name: `Fjern ${ORG} som medlem` });
  if (await remove.count()) {
    await remove.click();
    await expect(remove).toHaveCount(0);
  }
}

async function chooseOrganisation(page: Page, label: string) {
  await page.getByLabel("Søg efter organisation").fill(ORG);
  await page.getByLabel(label, { exact: true }).selectOption({ label: ORG });
}

test("the secretariat adds and removes a member organisation", async ({ page }) => {
  await signInAs(page, ROLES.secretariat);
  await resetOdense(page);
  await expectNoAxeViolations(page);
  await chooseOrganisation(page, "Organisation");
  await page.getByRole("button", { name: "Tilføj medlem" }).click();
  await expect(page.getByText("Organisationen er nu medlem.")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: ORG, exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Fjern ${ORG} som medlem` }).click();
  await expect(page.getByRole("rowheader", { name: ORG, exact: true })).toHaveCount(0);
  await page.goto("/faellesskaber/govtech-midtjylland");
  await expect(page.getByRole("rowheader", { name: ORG, exact: true })).toHaveCount(0);
});

test("a new user gets an invitation link, chooses a password, asks to join, and the secretariat accepts", async ({
  page,
  browser,
}) => {
  const email = `else.${Date.now()}@odense.example`;
  await signInAs(page, ROLES.secretariat);
  await resetOdense(page);

  await page.goto(`${ADMIN}/brugere`);
  await expectNoAxeViolations(page);
  const create = page.getByRole("region", { name: "Opret bruger" });
  // Bad input: messages beside the fields, and what was typed stays.
  await create.getByLabel("Navn").fill("Else Eksempel");
  await create.getByLabel("E-mail").fill("ikke-en-email");
  await create.getByRole("button", { name: "Opret bruger" }).click();
  await expect(create.getByText("Skriv en gyldig e-mailadresse")).toBeVisible();
  await expect(create.getByText("Vælg mindst én rolle.")).toBeVisible();
  await expect(create.getByLabel("Navn")).toHaveValue("Else Eksempel");
  await expect(create.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");

  await create.getByLabel("E-mail").fill(email);
  await chooseOrganisation(page, "Organisation");
  await create.getByRole("checkbox", { name: "Medlem", exact: true }).check();
  await create.getByRole("button", { name: "Opret bruger" }).click();
  const link = page.getByLabel("Invitationslink");
  await expect(link).toHaveValue(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = await link.inputValue();
  await expect(page.getByRole("rowheader", { name: "Else Eksempel" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(inviteUrl);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Vælg din adgangskode");
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Ny adgangskode").fill("kort");
  await invitee.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(invitee.getByText("Adgangskoden skal være mindst 10 tegn.")).toBeVisible();
  await invitee.getByLabel("Ny adgangskode").fill("oversvoemmelse-2026");
  await invitee.getByLabel("Gentag adgangskoden").fill("oversvoemmelse-2026");
  await invitee.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(invitee.getByText("Din adgangskode er gemt.")).toBeVisible();
  await invitee.getByRole("main").getByRole("link", { name: "Log ind" }).click();
  await invitee.getByLabel("E-mail").fill(email);
  await invitee.getByLabel("Adgangskode").fill("oversvoemmelse-2026");
  await invitee.getByRole("button", { name: "Log ind", exact: true }).click();
  await expect(invitee).toHaveURL(/\/profil$/);
  await expect(invitee.getByText(email)).toBeVisible();
  // The link worked once; now it is dead.
  await invitee.goto(inviteUrl);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Invitationen kan ikke bruges");
  await expectNoAxeViolations(invitee);

  await invitee.goto("/faellesskaber/govtech-midtjylland");
  await expect(invitee.getByRole("link", { name: "Administration" })).toHaveCount(0);
  await invitee.getByLabel("Kort begrundelse (valgfri)").fill("Vi vil gerne dele data om oversvømmelser.");
  await expectNoAxeViolations(invitee);
  await invitee.getByRole("button", { name: "Anmod om medlemskab" }).click();
  await expect(invitee.getByText("Odense har anmodet om medlemskab.")).toBeVisible();

  await page.goto(`${ADMIN}/medlemmer`);
  await expect(page.getByText("Vi vil gerne dele data om oversvømmelser.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Godkend anmodningen fra ${ORG}` }).click();
  await expect(page.getByRole("rowheader", { name: ORG, exact: true })).toBeVisible();

  await page.goto(`${ADMIN}/revisionsspor?topic=people`);
  await expect(
    page.getByRole("cell", { name: new RegExp(`godkendte anmodningen om medlemskab fra ${ORG}\\.`) }).first(),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: /Status: Anmodet.*Medlem/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // The other community's secretariat invites Else by e-mail: nothing changes until she accepts on
  // her profile (issue 15); the answer says nothing about whether the address has a user.
  const gate21 = await (await browser.newContext()).newPage();
  await signInAs(gate21, "sekretariat@gate21.example");
  await gate21.goto("/faellesskaber/faellesskab-for-dynamiske-data/administration/brugere");
  const existing = gate21.getByRole("region", { name: "Invitér en eksisterende bruger" });
  await existing.getByLabel("E-mail").fill(email);
  await existing.getByRole("checkbox", { name: "Projektleder" }).check();
  await existing.getByRole("button", { name: "Send invitation" }).click();
  const saved =
    "Invitationen er gemt. Har adressen en bruger, ser personen den på sin profil i 30 dage og kan tage imod rollerne der.";
  await expect(existing.getByText(saved)).toBeVisible();
  await expect(gate21.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await existing.getByLabel("E-mail").fill("ingen-bruger@nowhere.example");
  await existing.getByRole("checkbox", { name: "Projektleder" }).check();
  await existing.getByRole("button", { name: "Send invitation" }).click();
  await expect(existing.getByText(saved)).toBeVisible();

  await invitee.goto("/profil");
  const invitations = invitee.getByRole("region", { name: "Invitationer til fællesskaber" });
  await expect(invitations).toContainText("Fællesskab for Dynamiske Data");
  await expect(invitations).toContainText("Roller: Projektleder");
  await expectNoAxeViolations(invitee);
  await invitations.getByRole("button", { name: "Tag imod invitationen fra Fællesskab for Dynamiske Data" }).click();
  await expect(invitee.getByText("Du er nu med i fællesskabet.")).toBeVisible();
  await expect(invitations).toHaveCount(0);
  await expect(invitee.getByRole("link", { name: "Fællesskab for Dynamiske Data" })).toBeVisible();
  await gate21.reload();
  await expect(gate21.getByRole("row").filter({ hasText: email })).toContainText("Projektleder");
});
