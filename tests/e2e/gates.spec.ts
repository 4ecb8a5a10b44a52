// The stage gate end to end on the demo data, in Fællesskab for Dynamiske Data (three steering
// members: a quorum is two). A lead asks for review → two members score → one decides GO → the
// demonstration phase opens with its grant; another pilot is stopped by one of two members pressing
// "decide" at the same moment, and its unspent money returns to the pool. Decisions are immutable,
// so this needs the fresh e2e database that `npm run test:e2e` starts from.
import { test, expect, expectNoAxeViolations, signInAs } from "./fixtures";
import { DEMO_PILOTS } from "../../prisma/seed/demo/pilots";
import { planPilot } from "../../prisma/seed/demo/story";
import { kr, pilotId, poolBalance, scoreAs } from "./support/gates";

const GO_PILOT = "Indeklima og CO2 i daginstitutioner";
const STOP_PILOT = "Digital tvilling af skybrud i Harrestrup Ås opland";
const LEAD = "projektleder@ishoej.example";
const seedPhase = (title: string, i: number) => planPilot(DEMO_PILOTS.find((p) => p.title === title)!).phases[i];

test("a lead asks for review, two steering members score, one decides GO, and the demonstration opens with its grant", async ({
  page,
}) => {
  const poolBefore = await poolBalance(page); // signs in: the pilot is for members only
  const gate = `/piloter/${await pilotId(page.request, GO_PILOT)}/gate`;
  const testPhase = seedPhase(GO_PILOT, 0);
  const demo = seedPhase(GO_PILOT, 1);

  await signInAs(page, LEAD);
  await page.goto(gate);
  const form = page.getByRole("region", { name: "Anmod om gate-review af test" });
  await expect(form, "needs a fresh e2e database (npm run test:e2e)").toBeVisible();
  await expectNoAxeViolations(page);
  // Nothing filled in: every missing answer is named, and what was typed stays.
  await form.getByLabel("Plan for næste fase").fill("Seks nye institutioner i tre kommuner.");
  await form.getByRole("button", { name: "Anmod om gate-review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Der er fejl i formularen" })).toBeVisible();
  await expect(form.getByLabel("Resumé af resultaterne")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Plan for næste fase")).toHaveValue("Seks nye institutioner i tre kommuner.");

  await form
    .getByLabel("Resumé af resultaterne")
    .fill("45 rum i seks institutioner har sensorer. Tiden over 1.000 ppm er faldet fra 31 % til 14 %.");
  for (const group of await form.getByRole("group", { name: /^Succeskriterie \d/ }).all())
    await group.getByLabel("Opfyldt", { exact: true }).check();
  for (const group of await form.getByRole("group", { name: /^Stopkriterie \d/ }).all())
    await group.getByLabel("Ikke udløst", { exact: true }).check();
  for (const evidence of await form.getByLabel(/^Dokumentation:/).all())
    await evidence.fill("Målt med sensorerne; se resultatloggen.");
  await expect(form.getByLabel("Ønsket bevilling til næste fase (kr.)")).toHaveValue(
    kr(demo.spec.grant).replace(" kr.", ""),
  );
  await form.getByRole("button", { name: "Anmod om gate-review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gate-reviewet er anmodet." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gate-review af test" })).toBeVisible();

  await signInAs(page, "styregruppe@roskilde.example");
  await page.goto("/styregruppe");
  await expect(page.getByRole("link", { name: "Styregruppe" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Afventer din score/ }).getByRole("link", { name: GO_PILOT }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(gate);
  await expect(page.getByText("Scorerne vises for styregruppens medlemmer, når de selv har afgivet")).toBeVisible();
  await expectNoAxeViolations(page);
  await scoreAs(page, "styregruppe@roskilde.example", gate, 4);
  await expect(page.getByTestId("weighted-score")).toHaveText("4");
  await expectNoAxeViolations(page);
  await scoreAs(page, "styregruppe@koege.example", gate, 3);
  await expect(page.getByTestId("quorum")).toContainText(
    "2 af 3 medlemmer har afgivet scorekort. Styregruppen er beslutningsdygtig",
  );

  await signInAs(page, "styregruppe@roskilde.example");
  await page.goto(gate);
  const decide = page.getByRole("region", { name: "Træf beslutning" });
  await decide.getByLabel("Go", { exact: true }).check();
  await decide.getByLabel("Begrundelse").fill("Målet er nået i sovesalene, og pædagogerne bruger beskederne.");
  await expect(decide.getByLabel("Bevilling til næste fase (kr.)")).toHaveValue(
    kr(demo.spec.grant).replace(" kr.", ""),
  );
  await decide.getByLabel("Betingelse 1", { exact: true }).fill("Ejendomsafdelingerne inddrages inden demonstrationen");
  await expectNoAxeViolations(page);
  await decide.getByRole("button", { name: "Træf beslutning" }).click();

  await expect(page).toHaveURL(/\/beslutninger\/\d+\?ny=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Beslutningen er truffet og registreret." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Go: ${GO_PILOT}`);
  const returned = testPhase.granted - testPhase.spent;
  await expect(page.getByTestId("memo-released")).toHaveText(kr(demo.spec.grant));
  await expect(page.getByTestId("memo-returned")).toHaveText(kr(returned));
  await expectNoAxeViolations(page);

  await signInAs(page, LEAD);
  await page.goto(gate);
  await expect(
    page.getByText(`Fase: Demonstration (i gang). Bevilget ${kr(demo.spec.grant)}, brugt 0 kr.`),
  ).toBeVisible();
  expect(await poolBalance(page)).toBe(poolBefore - demo.spec.grant + returned);
});

test("two members press decide at once: one STOP, the other told what was decided; the money returns and a stop report is asked for", async ({
  page,
  browser,
}) => {
  const poolBefore = await poolBalance(page);
  const gate = `/piloter/${await pilotId(page.request, STOP_PILOT)}/gate`;
  const phase = seedPhase(STOP_PILOT, 0);
  await scoreAs(page, "styregruppe@dtu.example", gate, 2);
  await scoreAs(page, "styregruppe@koege.example", gate, 2);

  // Two members, two browsers, the same decision form filled in, submitted together.
  const members = ["styregruppe@roskilde.example", "styregruppe@dtu.example"];
  const contexts = await Promise.all(members.map(() => browser.newContext()));
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  for (const [i, p] of pages.entries()) {
    await signInAs(p, members[i]);
    await p.goto(gate);
    const form = p.getByRole("region", { name: "Træf beslutning" });
    await form.getByLabel("Stop", { exact: true }).check();
    await form
      .getByLabel("Begrundelse")
      .fill("Kloakdata kan ikke deles mellem forsyningerne: stopkriteriet er udløst.");
  }
  await Promise.all(
    pages.map((p) =>
      p.getByRole("region", { name: "Træf beslutning" }).getByRole("button", { name: "Træf beslutning" }).click(),
    ),
  );
  const outcomes = await Promise.all(
    pages.map(async (p) => {
      await expect(
        p.getByText(/Beslutningen er truffet og registreret|Gaten er allerede afgjort: STOP af/).first(),
      ).toBeVisible();
      return /\/beslutninger\//.test(p.url()) ? "decided" : "told";
    }),
  );
  expect([...outcomes].sort()).toEqual(["decided", "told"]);
  const memo = pages[outcomes.indexOf("decided")];
  const returned = phase.granted - phase.spent;
  await expect(memo.getByTestId("memo-returned")).toHaveText(kr(returned));
  await expect(memo.getByTestId("memo-released")).toHaveText("0 kr.");

  expect(await poolBalance(page)).toBe(poolBefore + returned);
  const owed = page.getByRole("region", { name: /Manglende erfaringer og stoprapporter/ });
  await expect(owed.getByRole("row", { name: new RegExp(STOP_PILOT) })).toContainText("Stoprapport");

  await signInAs(page, LEAD);
  await page.goto(gate);
  await expect(page.getByText("Projektet er stoppet. Det kan kun få erfaringer og stoprapport.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Anmod om gate-review/ })).toHaveCount(0);
  const report = page.getByRole("region", { name: /Skriv stoprapporten/ });
  await report.getByLabel("Overskrift").fill("Kloakdata kræver en aftale før start");
  await report.getByLabel("Hvad gjorde vi?").fill("Vi byggede en fælles tvilling af oplandet.");
  await report.getByLabel("Hvad lærte vi?").fill("Forsyningerne må ikke dele kloakdata uden en databehandleraftale.");
  await report.getByLabel("Hvad ville vi gøre anderledes?").fill("Aftalen med forsyningerne først.");
  await report.getByLabel("Emneord").fill("digital tvilling, skybrud, data");
  await expectNoAxeViolations(page);
  await report.getByRole("button", { name: "Gem stoprapporten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Erfaringen er gemt" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Skriv stoprapporten/ })).toHaveCount(0);
  await Promise.all(contexts.map((c) => c.close()));
});
