// Money fields show what was saved the way their hints write amounts ("fx 250.000"), and the split
// key shows the key that was saved, straight after saving, not only after a reload.
import { test, expect, signInAs } from "./fixtures";

const LEAD = "projektleder@viborg.example";

test("a saved grant reads 60.000, and a saved population split shows its key and total at once", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, LEAD);
  await page.goto("/piloter/ny");
  await page.getByLabel("Titel", { exact: true }).fill(`Varmekameraer i idrætshaller ${Date.now()}`);
  await page.getByLabel("Udfordring", { exact: true }).fill("Hallerne opvarmes, også når de står tomme.");
  await page.getByLabel("Hypotese", { exact: true }).fill("Belægningsdata fra kameraer kan styre varmen.");
  await page.getByRole("group", { name: "Teknologi" }).getByLabel("IoT").check();
  await page.getByRole("group", { name: "Område" }).getByLabel("Energi").check();
  await page.getByRole("group", { name: "Deltagende organisationer" }).getByLabel("Skive", { exact: true }).check();
  await page.getByRole("button", { name: "Opret kladde" }).click();
  await expect(page).toHaveURL(/\/faser\?ny=1$/);
  const id = page.url().match(/piloter\/(\d+)\//)![1];

  const testPhase = page.getByRole("region", { name: "Test" });
  await testPhase.getByLabel("Ønsket bevilling").fill("60000");
  await testPhase.getByLabel("Succeskriterier").fill("Varmen følger belægningen i 3 haller");
  await testPhase.getByLabel("Stopkriterier").fill("Ingen målbar besparelse efter 3 måneder");
  await testPhase.getByRole("button", { name: "Gem fasen" }).click();
  await expect(testPhase.getByText("Fasens plan er gemt.")).toBeVisible();
  await expect(testPhase.getByLabel("Ønsket bevilling")).toHaveValue("60.000");
  await page.reload();
  await expect(page.getByRole("region", { name: "Test" }).getByLabel("Ønsket bevilling")).toHaveValue("60.000");

  const detail = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
  const phaseId = detail.phases.find((p: { kind: string }) => p.kind === "test").id;
  await page.goto(`/piloter/${id}/faser/${phaseId}/tilsagn`);
  const key = page.getByLabel("Fordelingsnøgle");
  await key.selectOption("POPULATION");
  await page.getByLabel("Samlet medfinansiering (kr.)").fill("120000");
  await page.getByRole("button", { name: "Gem tilsagn" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tilsagnene er gemt." })).toBeVisible();
  await expect(key).toHaveValue("POPULATION");
  await expect(page.getByLabel("Samlet medfinansiering (kr.)")).toHaveValue("120.000");
  await page.reload();
  await expect(page.getByLabel("Fordelingsnøgle")).toHaveValue("POPULATION");
  await expect(page.getByLabel("Samlet medfinansiering (kr.)")).toHaveValue("120.000");
});
