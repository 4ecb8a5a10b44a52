// Notifications end to end (issue #8): a project lead asks for a gate review in the UI → a steering
// member of the community sees the bell's count and the notice, and the local SMTP server started
// for the run (tests/e2e/support/smtp-server.ts) received the e-mail to that member with the right
// subject and a link to the gate. Then the notice is marked read, and the preferences are saved.
// Axe on /notifikationer and the profile's preferences, in Danish and English.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";
import { pilotId } from "./support/gates";
import { MAILBOX_URL } from "./support/smtp-settings";
import type { CapturedMail } from "../support/smtp";

const PILOT = "Radarbaserede faldsensorer i plejeboliger"; // GovTech Midtjylland, demonstration running (no scale-up planned), led from Aarhus
const LEAD = ROLES.projectLead;
const STEERING = ROLES.steering; // Struer, in GovTech Midtjylland's steering group

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifikationer, / });

/** Mails the SMTP server caught for `to` about this review (the sweep may mail other things meanwhile). */
async function reviewMailsTo(page: Page, to: string): Promise<CapturedMail[]> {
  const all: CapturedMail[] = await (await page.request.get(`${MAILBOX_URL}/mails`)).json();
  return all.filter((m) => m.to.includes(to) && m.subject.includes(PILOT));
}

test("a steering member gets the notice in the bell and by e-mail when a lead asks for a gate review", async ({
  page,
  baseURL,
}) => {
  // Start from nothing unread, through the page's own "mark all as read".
  await signInAs(page, STEERING);
  await page.goto("/notifikationer");
  await expect(page.getByRole("heading", { level: 1, name: "Notifikationer" })).toBeVisible();
  const markAll = page.getByRole("button", { name: "Markér alle som læste" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(
      page.getByRole("status").filter({ hasText: "Alle notifikationer er markeret som læste." }),
    ).toBeVisible();
  }
  await page.goto("/");
  await expect(bell(page)).toHaveAccessibleName("Notifikationer, ingen ulæste");

  const id = await pilotId(page.request, PILOT);
  const gate = `/piloter/${id}/gate`;
  await signInAs(page, LEAD);
  await page.goto(gate);
  const form = page.getByRole("region", { name: "Anmod om gate-review af demonstration" });
  await expect(form, "needs a fresh e2e database (npm run test:e2e)").toBeVisible();
  await form
    .getByLabel("Resumé af resultaterne")
    .fill("Sensorerne har opdaget 41 fald; 38 blev bekræftet af personalet inden for fem minutter.");
  for (const group of await form.getByRole("group", { name: /^Succeskriterie \d/ }).all())
    await group.getByLabel("Opfyldt", { exact: true }).check();
  for (const group of await form.getByRole("group", { name: /^Stopkriterie \d/ }).all())
    await group.getByLabel("Ikke udløst", { exact: true }).check();
  for (const evidence of await form.getByLabel(/^Dokumentation:/).all())
    await evidence.fill("Se hændelsesloggen fra plejecentrene.");
  await form.getByRole("button", { name: "Anmod om gate-review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gate-reviewet er anmodet." })).toBeVisible();
  // The lead asked; the lead is not notified of their own request.
  await page.goto("/notifikationer");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Gate-vurdering anmodet" }).filter({ hasText: PILOT }),
  ).toHaveCount(0);

  // The steering member: the bell says one unread, not by colour but in words and a number.
  await signInAs(page, STEERING);
  await page.goto("/");
  await expect(bell(page)).toHaveAccessibleName("Notifikationer, 1 ulæste");
  await expect(bell(page)).toContainText("1");
  await bell(page).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/notifikationer$/);
  const notice = page.getByRole("listitem").filter({ hasText: PILOT });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Ulæst");
  await expect(notice).toContainText("Gate-vurdering anmodet");
  await expect(notice).toContainText(
    `${PILOT}: projektlederen beder styregruppen om en gate-vurdering af fasen demonstration.`,
  );
  await expectNoAxeViolations(page);
  await expect(notice.getByRole("link", { name: "Åbn" })).toHaveAttribute("href", gate);

  // The e-mail reached the member, with the subject and an absolute link to the gate.
  await expect.poll(async () => (await reviewMailsTo(page, STEERING)).length, { timeout: 20_000 }).toBe(1);
  const [mail] = await reviewMailsTo(page, STEERING);
  expect(mail.subject).toBe(`Gate-vurdering anmodet: ${PILOT}`);
  expect(mail.text).toContain(`${baseURL}${gate}`);
  expect(mail.html).toContain(`href="${baseURL}${gate}"`);
  expect(mail.from).toBe("noreply@innovationsmotor.example");
  // Nobody outside the steering group was written to about it.
  expect(await reviewMailsTo(page, LEAD)).toEqual([]);

  await notice.getByRole("button", { name: "Markér som læst" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Notifikationen er markeret som læst." })).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifikationer, ingen ulæste");
  await expect(page.getByRole("listitem").filter({ hasText: PILOT })).toContainText("Læst");

  await notice.getByRole("link", { name: "Åbn" }).click();
  await expect(page).toHaveURL(new RegExp(`${gate}$`));
});

test("the preferences on the profile are saved per kind and channel, and both pages pass axe in Danish and English", async ({
  page,
}) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto("/profil");
  const prefs = page.getByRole("region", { name: "Notifikationer" });
  const review = prefs.getByRole("group", { name: "Gate-vurdering anmodet" });
  await expect(review.getByLabel("I løsningen")).toBeChecked();
  await expect(review.getByLabel("På e-mail")).toBeChecked();
  await expectNoAxeViolations(page);
  await review.getByLabel("På e-mail").uncheck();
  await prefs.getByRole("group", { name: "Fase over tid" }).getByLabel("I løsningen").uncheck();
  await prefs.getByLabel("Sprog i e-mails").selectOption("en");
  await prefs.getByRole("button", { name: "Gem notifikationer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dine valg for notifikationer er gemt." })).toBeVisible();
  await page.reload();
  await expect(review.getByLabel("På e-mail")).not.toBeChecked();
  await expect(review.getByLabel("I løsningen")).toBeChecked();
  await expect(prefs.getByRole("group", { name: "Fase over tid" }).getByLabel("I løsningen")).not.toBeChecked();
  await expect(prefs.getByLabel("Sprog i e-mails")).toHaveValue("en");

  // The sweep has found the demo's phases past their planned end (e.g. the Aarhus Å twin, due 31 October 2026).
  await page.goto("/notifikationer");
  const overdue = page.getByRole("listitem").filter({
    hasText: "Digital tvilling af Aarhus Å og regnvandsbassinerne: fasen test skulle være afsluttet 31. oktober 2026",
  });
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText("Fase over tid");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Markér alle som læste" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Alle notifikationer er markeret som læste." }),
  ).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifikationer, ingen ulæste");
  await expect(page.getByRole("button", { name: "Markér som læst" })).toHaveCount(0);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: /^Notifications, / })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/profil");
  await expect(
    page
      .getByRole("region", { name: "Notifications" })
      .getByRole("group", { name: "Gate review requested" })
      .getByLabel("By e-mail"),
  ).not.toBeChecked();
  await expectNoAxeViolations(page);
});
