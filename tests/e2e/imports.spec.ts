// Spreadsheet imports and the catalogue export end to end: the secretariat uploads a pilots
// workbook with one bad row, reads the error by row and column and finds nothing created; fixes
// the file, previews and commits, and finds the pilots in the catalogue. A 5,000-row KPI workbook
// shows a progress bar that reaches the end. The catalogue's export downloads the filtered result.
// Files are made here with exceljs; axe (WCAG 2.1 AA) on every new page in Danish and English.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, signInAs, ROLES } from "./fixtures";

// The Danish template's headers, written out here (not imported from the app) so the spec also
// checks that the template's words are the ones the import reads.
const HEADERS = [
  "Titel",
  "Problem",
  "Hypotese",
  "Teknologier",
  "Områder",
  "Verdensmål",
  "Ledende organisation",
  "Deltagende organisationer",
  "Synlighed",
  "Projektleder (e-mail)",
  ...["Test", "Demonstration", "Opskalering"].flatMap((p) =>
    ["start", "slut", "ansøgt tilskud (kr.)", "succeskriterier", "stopkriterier"].map((f) => `${p}: ${f}`),
  ),
];
type Row = (string | number | Date | null)[];
const pilotRow = (i: number, lead = "Aarhus Kommune"): Row => [
  title(i),
  "Regnvandsbassiner løber over uden varsel.",
  "Niveausensorer giver seks timers varsel.",
  "IoT, GIS/geodata",
  "Vand, klima",
  "6, 13",
  lead,
  "",
  "Offentlig",
  "projektleder@aarhus.example",
  new Date("2027-01-01T00:00:00Z"),
  "30-06-2027",
  100_000 + i,
  "Varsel mindst 6 timer før",
  "Udfald over 20 %",
];

async function workbook(header: Row, rows: Row[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Ark1");
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const pilotWorkbook = (rows: Row[]) => workbook(HEADERS, rows);
/** Daily measurements from 2005 on: older than anything the demo data holds for the KPI. */
const measurementWorkbook = (count: number) =>
  workbook(
    ["Dato", "Værdi", "Note"],
    Array.from({ length: count }, (_, i) => [
      new Date(Date.UTC(2005, 0, 1) + i * 86_400_000),
      50 + (i % 40) / 4,
      i % 500 ? null : "Kalibreret",
    ]),
  );

const RADAR = "Trafiktælling med radarsensorer på kommuneveje"; // running, led from Aarhus, has KPIs
const xlsx = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  buffer: Buffer.from(bytes),
});
const title = (i: number) => `Zorblax-bassin nr. ${i} (e2e-import)`;

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("the secretariat imports pilots: a bad row is named by row and column and nothing is created; fixed, they are in the catalogue", async ({
  page,
}) => {
  await signInAs(page, ROLES.secretariat);
  await page.goto("/piloter");
  await page.getByRole("link", { name: "Importér fra regneark" }).click();
  await expect(page).toHaveURL("/piloter/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importér pilotprojekter");
  await expectNoAxeViolations(page);

  // Not a spreadsheet: said beside the file field, nothing else happens.
  await page
    .getByLabel("Regneark")
    .setInputFiles({ name: "referat.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await page.getByRole("button", { name: "Tjek filen" }).click();
  await expect(page.getByLabel("Regneark")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".form-error-message")).toHaveText(
    "Filen skal være et Excel-regneark (.xlsx) eller en CSV-fil (.csv).",
  );
  await expectNoAxeViolations(page);

  const rows = [pilotRow(1), pilotRow(2, "Atlantis Kommune"), pilotRow(3)];
  await page.getByLabel("Regneark").setInputFiles(xlsx("piloter.xlsx", await pilotWorkbook(rows)));
  await page.getByRole("button", { name: "Tjek filen" }).click();
  await expect(page.getByTestId("import-report").getByRole("alert")).toHaveText(
    "1 række har fejl. Intet er importeret; ret fejlen i filen, og prøv igen.",
  );
  const errors = page.getByRole("table", { name: "Fejl i filen" });
  await expect(errors.getByRole("row")).toHaveCount(2);
  await expect(errors.getByRole("row").nth(1)).toHaveText(
    /^3Ledende organisation»Atlantis Kommune« er ikke et aktivt medlem/,
  );
  await expect(page.getByTestId("import-commit")).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await (await page.request.get(`/api/v1/pilots?q=${encodeURIComponent("zorblax")}`)).json()).total).toBe(0);

  rows[1] = pilotRow(2, "Viborg Kommune");
  await page.getByLabel("Regneark").setInputFiles(xlsx("piloter.xlsx", await pilotWorkbook(rows)));
  await page.getByRole("button", { name: "Tjek filen" }).click();
  await expect(page.getByTestId("import-report").getByRole("status")).toContainText(
    "3 pilotprojekter med 3 faser; ansøgt tilskud i alt 300.006 kr.",
  );
  await expect(page.getByRole("table", { name: "De første rækker" }).getByRole("row").nth(2)).toContainText("Viborg");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Importér 3 pilotprojekter" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 pilotprojekter er oprettet som kladder." })).toBeVisible();
  await page.getByRole("link", { name: "Se dem i kataloget" }).click();
  for (const i of [1, 2, 3]) await expect(page.getByRole("link", { name: title(i) })).toBeVisible();

  await page.goto("/piloter/import");
  await toEnglish(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import pilots");
  await expectNoAxeViolations(page);
});

test("a 5,000-row KPI workbook shows a progress bar that reaches the end, and the measurements are stored", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, ROLES.projectLead);
  const list = (await (await page.request.get(`/api/v1/pilots?q=${encodeURIComponent(RADAR)}`)).json()) as {
    items: { id: number; title: string }[];
  };
  const id = list.items.find((p) => p.title === RADAR)!.id;
  await page.goto(`/piloter/${id}/kpi`);
  const href = await page
    .locator(`a[href^="/piloter/${id}/kpi/"]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!).find((h) => /\/kpi\/\d+$/.test(h)));
  await page.goto(href!);
  const section = page.getByRole("region", { name: "Importér fra regneark" });
  await expectNoAxeViolations(page);
  // In English first, while the page is light (afterwards it draws 2,000 points and a long table).
  await toEnglish(page);
  await expect(page.getByRole("region", { name: "Import from a spreadsheet" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Skift til dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(section).toBeVisible();

  await section
    .getByLabel("Regneark med målinger")
    .setInputFiles(xlsx("maalinger.xlsx", await measurementWorkbook(5_000)));
  await section.getByRole("button", { name: "Tjek filen" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "5.000 nye målinger er klar; 0 findes allerede og springes over.",
  );
  await section.getByRole("button", { name: "Importér 5.000 målinger" }).click();
  const bar = section.locator("progress");
  await expect(bar).toBeVisible();
  await expect(section.getByText("5.000 målinger er importeret.")).toBeVisible({ timeout: 60_000 });
  await expect(bar).toHaveAttribute("max", "5000");
  await expect(bar).toHaveAttribute("value", "5000");
  await expect(section.getByText("Færdig: 5.000 rækker behandlet.")).toBeVisible();
  await expectNoAxeViolations(page);

  await expect(section.getByRole("link", { name: "Vis de importerede målinger" })).toHaveAttribute("href", href!);
});

test("the catalogue's export downloads the filtered result as a workbook in the reader's language", async ({
  page,
}) => {
  await page.goto("/piloter?status=adopted");
  const link = page.getByTestId("catalogue-export").getByRole("link", { name: "Excel (.xlsx)" });
  await expect(link).toHaveAttribute("href", "/api/v1/pilots/export?format=xlsx&status=adopted");
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^katalog-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["ID", "Titel", "Status"]);
  const statuses = new Set<string>();
  sheet.eachRow((row, n) => void (n > 1 && statuses.add(String(row.getCell(3).value))));
  expect([...statuses]).toEqual(["I drift"]);
  const shown = await page.getByRole("status").first().textContent();
  expect(shown).toContain(String(sheet.rowCount - 1));
  await expectNoAxeViolations(page);
});
