// The gate pages around the journey: the decision memo printed on A4 by Chromium and read back page
// by page, axe on every gate page, the criteria editor's messages, and 404 for those who may not look.
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";
import { pdfPages } from "./support/pdf-pages";
import { FDD, FDD_SECRETARIAT, pilotId } from "./support/gates";

const REVISED = "Indeklimasensorer i folkeskolens klasselokaler"; // GovTech, public: REVISE with three conditions
const MEMBERS_ONLY = "AI-assisteret journalisering og resumé i socialforvaltningen";
const A4 = { width: 595.28, height: 841.89 }; // points
const PRINTABLE_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96); // CSS px inside the memo's @page margins
const squash = (s: string) => s.replace(/\s+/g, "");

test("the decision memo passes axe, and prints on A4 with nothing cut off, page by page", async ({ page }) => {
  await signInAs(page, ROLES.steering);
  await page.goto(`/piloter/${await pilotId(page.request, REVISED)}/gate`);
  await page.getByRole("link", { name: /^Åbn notat: Revidér/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Revidér: ${REVISED}`);
  await expectNoAxeViolations(page);

  const rationale = await page.locator("h2:has-text('Begrundelse') + p").innerText();
  const conditions = await page
    .getByRole("table", { name: "Betingelser og deres status" })
    .locator("tbody tr td:first-child")
    .allInnerTexts();
  const scorers = await page
    .getByRole("table", { name: /Styregruppens scorer/ })
    .locator("thead th span")
    .evaluateAll((spans) => spans.map((s) => s.parentElement!.firstChild!.textContent!));
  const weighted = await page.getByTestId("weighted-score").innerText();
  expect(conditions).toHaveLength(3);
  expect(scorers.length).toBeGreaterThanOrEqual(3);

  const pages = pdfPages(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const [i, p] of pages.entries()) {
    expect(Math.abs(p.width - A4.width), `page ${i + 1} width`).toBeLessThan(1.5);
    expect(Math.abs(p.height - A4.height), `page ${i + 1} height`).toBeLessThan(1.5);
    expect(p.text.length, `page ${i + 1} has text`).toBeGreaterThan(50);
  }
  const all = squash(pages.map((p) => p.text).join(""));
  expect(squash(pages[0].text)).toContain(squash(`Revidér: ${REVISED}`));
  for (const text of [rationale, ...conditions, ...scorers, weighted]) expect(all).toContain(squash(text));
  expect(squash(pages.at(-1)!.text)).toContain(squash("En gatebeslutning kan ikke ændres.")); // the very end made it onto paper
  expect(all).not.toContain(squash("Udskriv notatet")); // no buttons on paper
  expect(all).not.toContain(squash("Log ud"));

  // Laid out for print at the printable width, no element reaches past the right margin.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 1100 });
  const overflow = await page.evaluate((w) => {
    const root = document.querySelector(".memo-print-root")!;
    const wide = [...root.querySelectorAll("*")]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .map((el) => `${el.tagName}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
  }, PRINTABLE_WIDTH);
  expect(overflow.wide).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(PRINTABLE_WIDTH);
});

test("the secretariat's gate overview and criteria editor pass axe; a bad weight is explained and kept", async ({
  page,
}) => {
  await signInAs(page, FDD_SECRETARIAT);
  await page.goto(`/faellesskaber/${FDD}/gates`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gates i Fællesskab for Dynamiske Data");
  await expect(page.getByTestId("pool-line")).toContainText("Puljen for");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Kriterier og vægte" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gatekriterier i Fællesskab for Dynamiske Data");
  await expectNoAxeViolations(page);
  const first = page.getByRole("textbox", { name: /^Vægt for / }).first();
  const original = await first.inputValue();
  await first.fill(String(Number(original) + 1));
  await page.getByRole("button", { name: "Gem kriterier" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Vægtene af de aktive kriterier skal give 100 tilsammen." }),
  ).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Vægt for / }).first()).toHaveValue(String(Number(original) + 1));
  await expectNoAxeViolations(page);
  await page
    .getByRole("textbox", { name: /^Vægt for / })
    .first()
    .fill(original);
  await page.getByRole("button", { name: "Gem kriterier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kriterierne er gemt." })).toBeVisible();
});

test("only steering members see 'Styregruppe'; outsiders get 404 on the secretariat's gate pages and on hidden pilots", async ({
  page,
}) => {
  await signInAs(page, ROLES.projectLead);
  await page.goto("/");
  await expect(
    page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Styregruppe" }),
  ).toHaveCount(0);
  await page.goto("/styregruppe");
  await expect(page.getByText("Du sidder ikke i en styregruppe.")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const who of [ROLES.steering, ROLES.projectLead, "sekretariat@govtech-midt.example"]) {
    await signInAs(page, who);
    expect((await page.goto(`/faellesskaber/${FDD}/gates`))?.status(), who).toBe(404);
    expect((await page.goto(`/faellesskaber/${FDD}/kriterier`))?.status(), who).toBe(404);
  }
  // A members-only pilot's gate page and memo are as invisible to a signed-out visitor as a missing
  // one; a public pilot's decisions are open to everyone (transparency).
  const memoOf = async (title: string) => {
    const id = await pilotId(page.request, title);
    await page.goto(`/piloter/${id}/gate`);
    return {
      gate: `/piloter/${id}/gate`,
      memo: (await page
        .getByRole("link", { name: /^Åbn notat/ })
        .first()
        .getAttribute("href"))!,
    };
  };
  const hidden = await memoOf(MEMBERS_ONLY);
  const open = await memoOf(REVISED);
  await page.context().clearCookies();
  expect((await page.goto(hidden.gate))?.status()).toBe(404);
  expect((await page.goto(hidden.memo))?.status()).toBe(404);
  expect((await page.goto(open.memo))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Revidér: ${REVISED}`);
  expect((await page.goto("/beslutninger/999999"))?.status()).toBe(404);
});
