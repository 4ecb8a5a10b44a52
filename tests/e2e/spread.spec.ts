// After the pilot (issue 18), end to end on the demo data: a member of a Dynamiske Data municipality
// (Vallensbæk) finds GovTech Midtjylland's AI case-work pilot marked "Åben for nye kommuner",
// declares interest (a bad number is explained beside the field, what was typed stays); GovTech's
// steering group decides GO on the scale-up; Vallensbæk is committed with its exact share; the
// secretariat records it in operation with a site; a benefit owner logs a realised value that shows
// on the pilot and the portfolio dashboard. Axe (WCAG 2.1 AA) in Danish and English on each new page.
// Decisions are immutable, so this needs the fresh e2e database that `npm run test:e2e` starts from.
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";
import { kr, kroner, pilotId, scoreAs } from "./support/gates";

const AI = "AI-assisteret journalisering og resumé i socialforvaltningen";
const GUDENAA = "Vandstandssensorer og varsling af oversvømmelse langs Gudenåen";
const VALLENSBAEK = "medlem@vallensbaek.example";
const GTM_SECRETARIAT = "sekretariat@govtech-midt.example";
const SCALE_COFUNDING = 2_000_000; // the AI pilot's scale-up co-funding in the demo data

async function bothLanguages(page: Page) {
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skift til dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
}

test("a Dynamiske Data member joins a GovTech pilot, the GO commits it with its exact share, it goes into operation with a site, and a realised benefit shows", async ({
  page,
}) => {
  test.setTimeout(300_000); // one long journey: ten pages, each scanned in two languages
  await signInAs(page, VALLENSBAEK);
  const id = await pilotId(page.request, AI);

  // The catalogue marks the pilot, and the member's home offers it.
  await page.goto(`/piloter?q=${encodeURIComponent("journalisering resumé")}`);
  const hit = page.getByRole("article", { name: AI });
  await expect(hit.getByTestId("open-for-spread")).toHaveText("Åben for nye kommuner");
  await bothLanguages(page);
  await page.goto("/");
  await expect(page.getByTestId("home-spread").getByRole("link", { name: AI })).toBeVisible();
  await bothLanguages(page);

  // "Vi vil være med": a negative number is refused beside the field and nothing typed is lost.
  await page.goto(`/piloter/${id}`);
  const form = page.getByRole("region", { name: "Vi vil være med" });
  await form.getByLabel("Forventet antal enheder").fill("-3");
  await form.getByLabel("Kontaktperson", { exact: true }).fill("Pernille Skov");
  await form.getByRole("button", { name: "Vi vil være med" }).click();
  await expect(form.getByLabel("Forventet antal enheder")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Angiv antallet af enheder som et helt tal fra 1 til 1.000.000.").first()).toBeVisible();
  await expect(form.getByLabel("Kontaktperson", { exact: true })).toHaveValue("Pernille Skov");
  await form.getByLabel("Forventet antal enheder").fill("40");
  await form.getByRole("button", { name: "Vi vil være med" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Jeres interesse er registreret." })).toBeVisible();
  await page.reload();
  const participants = page.getByTestId("spread-participants");
  await expect(participants.getByRole("row", { name: /Vallensbæk/ })).toContainText("Interesseret");
  await bothLanguages(page);

  // GovTech's steering group: a third scorecard reaches the quorum, the chair decides GO.
  const gate = `/piloter/${id}/gate`;
  await scoreAs(page, "styregruppe@skanderborg.example", gate, 4);
  await signInAs(page, "styregruppe@struer.example");
  await page.goto(gate);
  const decide = page.getByRole("region", { name: "Træf beslutning" });
  await decide.getByLabel("Go", { exact: true }).check();
  await decide.getByLabel("Begrundelse").fill("Tidsbesparelsen holder, og flere kommuner vil være med.");
  await decide.getByRole("button", { name: "Træf beslutning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Beslutningen er truffet og registreret." })).toBeVisible();

  // Vallensbæk is committed; its share is the one the API gives, and the shares sum to the co-funding.
  await signInAs(page, VALLENSBAEK);
  const api = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
  const ours = api.spread.participants.find(
    (p: { organisation: { name: string } }) => p.organisation.name === "Vallensbæk",
  );
  expect(ours.status).toBe("committed");
  expect(ours.pledge).toBeGreaterThan(0);
  const scale = api.phases.find((p: { kind: string }) => p.kind === "scale");
  expect(scale.pledges.reduce((a: number, p: { amount: number }) => a + p.amount, 0)).toBe(SCALE_COFUNDING);
  await page.goto(`/piloter/${id}`);
  await expect(page.getByTestId("spread-participants").getByRole("row", { name: /Vallensbæk/ })).toContainText(
    kr(ours.pledge),
  );
  await expect(page.getByText(`Jeres andel af opskaleringens medfinansiering er ${kr(ours.pledge)}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Træk interessen tilbage" })).toHaveCount(0);

  // The secretariat records Vallensbæk in operation, and its site.
  await signInAs(page, GTM_SECRETARIAT);
  await page.goto(`/piloter/${id}`);
  const op = page.getByRole("region", { name: "Registrér drift" });
  await op.getByLabel("Organisation").selectOption({ label: "Vallensbæk" });
  await op.getByLabel("Driftsstatus").selectOption({ label: "I drift" });
  await op.getByLabel("Driftsstart (dato)").fill("2099-01-01");
  await op.getByLabel("Driftsansvarlig enhed").fill("Social og Sundhed, Vallensbæk Kommune");
  await op.getByLabel("Kontaktperson for driften").fill("Pernille Skov");
  await op.getByLabel("Årlig driftsudgift (kr.)").fill("1.250.000");
  await op.getByRole("button", { name: "Gem drift" }).click();
  await expect(op.getByLabel("Driftsstart (dato)")).toHaveAttribute("aria-invalid", "true");
  await expect(op.getByLabel("Driftsansvarlig enhed")).toHaveValue("Social og Sundhed, Vallensbæk Kommune");
  await op.getByLabel("Driftsstart (dato)").fill("2026-12-01");
  await op.getByRole("button", { name: "Gem drift" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Driften er gemt." })).toBeVisible();
  const site = page.getByRole("region", { name: "Tilføj en lokation" });
  await site.getByLabel("Navn").fill("Socialcenter Vallensbæk");
  await site.getByLabel("Organisation").selectOption({ label: "Vallensbæk" });
  await site.getByLabel("Længdegrad").fill("12,3842");
  await site.getByLabel("Breddegrad").fill("55,6251");
  await site.getByRole("button", { name: "Tilføj lokation" }).click();
  // Saved before the reload: a reload at once could cut the action off (it did on the server run).
  await expect(page.getByRole("status").filter({ hasText: "Lokationen er tilføjet." })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("spread-operations").getByRole("row", { name: /Vallensbæk/ })).toContainText(
    "1.250.000 kr.",
  );
  await expect(page.getByTestId("in-operation-count")).toHaveText("I drift i 1 organisation.");
  await expect(page.getByTestId("pilot-sites").getByRole("row", { name: /Socialcenter Vallensbæk/ })).toBeVisible();
  await bothLanguages(page);

  // The municipality page: in operation here.
  await page.goto("/kommuner/187");
  await expect(page.getByTestId("place-spread").getByRole("link", { name: AI })).toHaveCount(2);
  await bothLanguages(page);

  // A benefit owner logs a realised value on the Gudenå pilot; it shows there and on the dashboard.
  await signInAs(page, "medlem@silkeborg.example");
  const kronerRow = () =>
    page.getByTestId("benefit-realised").getByRole("row", { name: /Kroner sparet \(kr\.\) 2026/ });
  await page.goto("/portefoelje");
  const before = kroner(await kronerRow().getByRole("cell").last().innerText());
  await bothLanguages(page);
  const gudenaa = await pilotId(page.request, GUDENAA);
  await page.goto(`/piloter/${gudenaa}`);
  const log = page.getByRole("region", { name: "Registrér realiseret gevinst" });
  await log.getByLabel("Gevinst", { exact: true }).selectOption({ index: 0 });
  await log.getByLabel("Periode").fill("2099-Q1");
  await log.getByLabel("Realiseret værdi").fill("50000");
  await log.getByRole("button", { name: "Gem værdien" }).click();
  await expect(log.getByLabel("Periode")).toHaveAttribute("aria-invalid", "true");
  await expect(log.getByLabel("Realiseret værdi")).toHaveValue("50000");
  await log.getByLabel("Periode").fill("2026-Q4");
  await log.getByRole("button", { name: "Gem værdien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Den realiserede gevinst er gemt." })).toBeVisible();
  await page.goto("/portefoelje");
  await expect(kronerRow().getByRole("cell").last()).toHaveText(kr(before + 50_000));
});
