// The audit trail as an auditor reads it: one sentence per event in the reader's language, values
// formatted (kroner, Danish dates, labels instead of codes), ids named, filters in words a user
// knows, and the raw record only behind "Vis tekniske detaljer". Whatever earlier specs wrote in
// this run is on these pages too, so every page is read, not only the first.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

const AUDIT = "/faellesskaber/govtech-midtjylland/administration/revisionsspor";

// Upper-case words that are words, not codes: acronyms a reader knows.
const ACRONYMS = new Set([
  "KPI",
  "API",
  "AI",
  "VR",
  "AR",
  "GIS",
  "DTU",
  "CSV",
  "XLSX",
  "OS2",
  "CO2",
  "DKK",
  "SDG",
  "UN",
  "FOLK1A",
  "ERS",
]); // ERS: the Elsys sensor named in a demo push address
// English field names of the snapshots that a Danish reader must never meet as such.
const FIELD_WORDS =
  /\b(year|outcome|title|roles|amount|balance|granted|spent|shares|pledges|reason|weight|criteria|targets|baseline|direction|source|access|scope|prefix)\b/;

/** What a reader sees in the trail that is code rather than language. */
function codeLeaks(text: string, locale: "da" | "en"): string[] {
  const leaks: string[] = [];
  for (const w of text.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []) if (!ACRONYMS.has(w)) leaks.push(`code ${w}`);
  for (const m of text.match(/[{}[\]]|"\s*:/g) ?? []) leaks.push(`JSON ${m}`);
  for (const m of text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? []) leaks.push(`field ${m}`);
  // A raw field name opens its line ("year: – → 2.026"); the trail's own labels start with a capital.
  for (const m of text.match(/^\s*[a-z][A-Za-z]*:/gm) ?? []) leaks.push(`field ${m.trim()}`);
  for (const m of text.match(/#\d+/g) ?? []) leaks.push(`id ${m}`);
  if (locale === "da") {
    const m = FIELD_WORDS.exec(text);
    if (m) leaks.push(`English field ${m[0]}`);
  }
  return leaks;
}

/** The page's text as a sighted reader gets it (innerText follows layout: closed disclosures stay closed). */
async function readableText(page: Page): Promise<string> {
  await expect(page.locator("details[open]")).toHaveCount(0);
  return page.locator("main").innerText();
}

async function everyPage(page: Page, locale: "da" | "en") {
  const next = locale === "da" ? "Næste side" : "Next page";
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    seen.push(await readableText(page));
    const link = page
      .getByRole("navigation", { name: locale === "da" ? "Sider i revisionssporet" : "Pages of the audit trail" })
      .getByRole("link", { name: next });
    if ((await link.count()) === 0) break;
    await link.click();
    await expect(page.getByText(locale === "da" ? `Side ${i + 2} af` : `Page ${i + 2} of`)).toBeVisible();
  }
  return seen;
}

test("the demo secretariat's audit trail reads as sentences, with no code values, JSON or English field names", async ({
  page,
}) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(AUDIT);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revisionsspor for GovTech Midtjylland");

  const pages = await everyPage(page, "da");
  expect(pages.flatMap((text, i) => codeLeaks(text, "da").map((l) => `page ${i + 1}: ${l}`))).toEqual([]);
  const all = pages.join("\n");
  // The approvals in the demo data, as the issue words them.
  expect(all).toMatch(/Rasmus Kjærgaard godkendte »[^«]+« med en bevilling på \d{1,3}(\.\d{3})* kr\./);
  expect(all).toMatch(/sendte »[^«]+« til godkendelse/);

  // The filter speaks of kinds of work, not of tables.
  await page.goto(AUDIT);
  const topic = page.getByLabel("Emne");
  await expect(topic.locator("option")).not.toContainText(["GateDecision"]);
  await topic.selectOption({ label: "Stage gates og beslutninger" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/topic=gates/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("til godkendelse");

  // The raw record is there for whoever needs it, behind a disclosure.
  await page.goto(AUDIT);
  const details = page.getByRole("table").locator("details").first();
  await expect(details.locator("pre")).toBeHidden();
  await details.getByText("Vis tekniske detaljer").click();
  await expect(details.locator("pre")).toBeVisible();
  await expect(details.locator("pre")).toContainText('"entity"');
  await expectNoAxeViolations(page);
});

test("the audit trail in English: sentences, amounts in DKK, and axe with the details open", async ({ page }) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto(AUDIT);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail of GovTech Midtjylland");
  const pages = await everyPage(page, "en");
  expect(pages.flatMap((text, i) => codeLeaks(text, "en").map((l) => `page ${i + 1}: ${l}`))).toEqual([]);
  expect(pages.join("\n")).toMatch(/Rasmus Kjærgaard approved “[^”]+” with a grant of DKK \d{1,3}(,\d{3})*/);
  await page.goto(AUDIT);
  await page.getByRole("table").locator("details").first().getByText("Show technical details").click();
  await expectNoAxeViolations(page);
});
