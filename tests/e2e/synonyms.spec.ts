// The secretariat's search synonyms: a group with a bad entry gets its message beside the field and
// keeps what was typed; a good one is saved, and the catalogue then says "Søger også efter …" and finds
// what the other word finds; the group is deleted again. axe (WCAG 2.1 AA) in Danish and English.
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const PAGE = "/faellesskaber/govtech-midtjylland/administration/synonymer";
// Unlikely words, so a run leaves the demo's own groups alone and a left-over group is recognisable.
const WORDS = "cyklistbarometer, tællestander";

test("the secretariat adds a synonym group, the search uses and shows it, and it is deleted again", async ({
  page,
}) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(PAGE);
  // a group left by an interrupted earlier run
  const leftover = page.getByRole("button", { name: `Slet synonymgruppen “${WORDS}”` });
  if (await leftover.count()) {
    await leftover.click();
    await expect(leftover).toHaveCount(0);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Synonymer i søgningen – GovTech Midtjylland");
  await expect(page.getByRole("link", { name: "Synonymer i søgningen" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  const create = page.getByRole("region", { name: "Ny synonymgruppe" });
  const words = create.getByLabel("Ordene i gruppen", { exact: true });
  await words.fill("cyklistbarometer");
  await create.getByRole("button", { name: "Opret gruppen" }).click();
  await expect(page.getByText("Skriv mindst to forskellige ord, adskilt med komma.")).toBeVisible();
  await expect(words).toHaveValue("cyklistbarometer");
  await expect(words).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await words.fill(WORDS);
  await create.getByLabel("Alle søgninger, i alle fællesskaber").check();
  await create.getByRole("button", { name: "Opret gruppen" }).click();
  await expect(page.getByText("Synonymgruppen er oprettet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "cyklistbarometer · tællestander" })).toBeVisible();

  // "tællestander" is in no pilot; its synonym is not either, so: a search for a word that is.
  await page.goto(PAGE);
  await page.getByText(`Ret “${WORDS}”`).click();
  const edit = page.getByLabel(`Ordene i gruppen “${WORDS}”`);
  await edit.fill("tællestander, cykeltælling");
  await page.getByRole("button", { name: "Gem ændringerne" }).click();
  await expect(page.getByText("Synonymgruppen er gemt.")).toBeVisible();

  await page.goto("/piloter?q=t%C3%A6llestander");
  await expect(page.getByText("Søger også efter cykeltælling (synonymer for “tællestander”).")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cykeltælling med AI-kameraer på supercykelstierne" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(PAGE);
  await page.getByRole("button", { name: "Slet synonymgruppen “tællestander, cykeltælling”" }).click();
  await expect(page.getByRole("heading", { name: "tællestander · cykeltælling" })).toHaveCount(0);
});

test("in English the synonym page passes axe, and a member gets the same 404 as for a missing community", async ({
  page,
}) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(PAGE);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search synonyms – GovTech Midtjylland");
  await expect(page.getByText("Shared by other communities")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skift til dansk" }).click();

  await page.context().clearCookies();
  await signInAs(page, ROLES.member);
  const res = await page.goto(PAGE);
  expect(res?.status()).toBe(404);
});
