// The lists that grow with the portfolio are capped in the summary (lib/portfolio/summary.ts
// SUMMARY_CAPS): checked on the demo data with caps smaller than it (the demo itself stays under the
// real caps). The kept rows are the right ones, the totals are said, every sum still covers all,
// and the downloads carry every row.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../db";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";
import { loadSummary } from "../../../lib/portfolio/summary";
import { portfolioDatasetDownload } from "../../../lib/api/exports";

let w: DemoWorld;
beforeAll(async () => {
  const db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const csvRows = async (dataset: string) =>
  (await (await portfolioDatasetDownload(w.users.admin, dataset, new URL(`http://x/e?format=csv`), "da")).text())
    .replace("\uFEFF", "")
    .trim()
    .split("\r\n").length - 1;

describe("capped lists", () => {
  it("leaves the demo's 33 pilots uncapped under the real caps", async () => {
    const s = await loadSummary(w.users.admin, {});
    expect(s.caps.valueRisk).toEqual({ shown: s.valueRisk.length, total: s.valueRisk.length, limit: 200 });
    const pilotRows = s.benefits.rows.filter((r) => r.group === "pilot").length;
    expect(s.caps.benefitPilots).toEqual({ shown: pilotRows, total: pilotRows, limit: 25 });
  });

  it("keeps the pilots with the largest grants in the scatter and says how many there are", async () => {
    const all = await loadSummary(w.users.admin, {});
    const capped = await loadSummary(w.users.admin, {}, { valueRisk: 5, benefitPilotsPerUnit: 25 });
    expect(all.valueRisk.length).toBeGreaterThan(5);
    expect(capped.caps.valueRisk).toEqual({ shown: 5, total: all.valueRisk.length, limit: 5 });
    const largest = [...all.valueRisk].sort((a, b) => b.granted - a.granted || a.pilotId - b.pilotId).slice(0, 5);
    expect(capped.valueRisk.map((p) => p.pilotId).sort()).toEqual(largest.map((p) => p.pilotId).sort());
    // Each kept point is exactly the uncapped one, and the list is still in title order.
    for (const p of capped.valueRisk) expect(p).toEqual(all.valueRisk.find((q) => q.pilotId === p.pilotId));
    expect(capped.valueRisk.map((p) => p.pilotId)).toEqual(
      all.valueRisk.filter((p) => largest.includes(p)).map((p) => p.pilotId),
    );
    expect(await csvRows("value-risk")).toBe(all.valueRisk.length);
  });

  it("keeps per benefit kind and unit the pilots with the largest gains; totals over every KPI", async () => {
    const all = await loadSummary(w.users.admin, {});
    const capped = await loadSummary(w.users.admin, {}, { valueRisk: 200, benefitPilotsPerUnit: 1 });
    const pilotRows = (s: typeof all) => s.benefits.rows.filter((r) => r.group === "pilot");
    const units = new Set(pilotRows(all).map((r) => `${r.benefit}|${r.unit}`));
    expect(pilotRows(all).length).toBeGreaterThan(units.size);
    expect(capped.caps.benefitPilots).toEqual({ shown: units.size, total: pilotRows(all).length, limit: 1 });
    for (const u of units) {
      const best = pilotRows(all)
        .filter((r) => `${r.benefit}|${r.unit}` === u)
        .sort((a, b) => b.realised - a.realised || a.pilotId! - b.pilotId!)[0];
      expect(pilotRows(capped).filter((r) => `${r.benefit}|${r.unit}` === u)).toEqual([best]);
    }
    expect(capped.benefits.rows.filter((r) => r.group !== "pilot")).toEqual(
      all.benefits.rows.filter((r) => r.group !== "pilot"),
    );
    expect(capped.benefits.years).toEqual(all.benefits.years);
    expect(await csvRows("benefits")).toBe(all.benefits.rows.length);
  });
});
