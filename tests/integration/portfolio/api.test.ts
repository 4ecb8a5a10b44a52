// GET /api/v1/portfolio/summary and the CSV/XLSX downloads, through the functions the routes call:
// the same figures as the dashboard, a 400 naming each bad parameter, files that say what the
// tables say.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { freshDatabase } from "../db";
import { AppError } from "../../../lib/errors";
import { loadSummary, portfolioSummary } from "../../../lib/portfolio/summary";
import { portfolioDatasetDownload } from "../../../lib/api/exports";
import { DATASETS } from "../../../lib/portfolio/export/datasets";
import { seedDemoWorld, type DemoWorld } from "../pilots/demo-world";

let w: DemoWorld;
beforeAll(async () => {
  const db = await freshDatabase();
  w = await seedDemoWorld(db.prisma);
}, 180_000);

const params = (q: string) => new URLSearchParams(q);

async function refusal(q: string): Promise<AppError> {
  try {
    await portfolioSummary(w.users.gtmMember, params(q));
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error(`no refusal for ${q}`);
}

describe("the summary", () => {
  it("returns the dashboard's figures for the caller and filters", async () => {
    const { summary } = await portfolioSummary(w.users.gtmMember, params("community=govtech-midtjylland&year=2025"));
    const direct = await loadSummary(w.users.gtmMember, { community: "govtech-midtjylland", year: 2025 });
    // The same figures; only the moment they were computed differs.
    expect(summary).toMatchObject(JSON.parse(JSON.stringify({ ...direct, computedAt: summary.computedAt })));
    expect(summary.filters).toEqual({ community: "govtech-midtjylland", year: 2025 });
    expect(summary.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses bad parameters with a 400 naming each one", async () => {
    expect((await refusal("year=twenty")).fields).toEqual({ year: "portfolio.api.year" });
    expect((await refusal("year=2025.5")).fields).toEqual({ year: "portfolio.api.year" });
    expect((await refusal("community=nowhere")).fields).toEqual({ community: "portfolio.api.community" });
    expect((await refusal("community=DROP TABLE")).fields).toEqual({ community: "portfolio.api.community" });
    expect((await refusal("technology=Blockchain&domain=space")).fields).toEqual({
      technology: "portfolio.api.technology",
      domain: "portfolio.api.domain",
    });
    expect((await refusal("year=abc&community=nowhere")).fields).toEqual({
      year: "portfolio.api.year",
      community: "portfolio.api.community",
    });
  });

  it("treats empty parameters as no filter", async () => {
    const { summary } = await portfolioSummary(null, params("community=&year=&technology=&domain="));
    expect(summary.filters).toEqual({});
  });
});

describe("the downloads", () => {
  it("writes every dataset as CSV and XLSX", async () => {
    for (const d of DATASETS) {
      const csv = await portfolioDatasetDownload(
        w.users.admin,
        d,
        new URL(`http://x/api/v1/portfolio/export/${d}?format=csv&year=2025`),
        "da",
      );
      expect(csv.headers.get("content-type")).toContain("text/csv");
      expect(csv.headers.get("content-disposition")).toContain(`portefoelje-${d}-2025.csv`);
      // The byte order mark Danish Excel needs (Response.text() would strip it: read the bytes).
      expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const xlsx = await portfolioDatasetDownload(
        w.users.admin,
        d,
        new URL(`http://x/api/v1/portfolio/export/${d}?format=xlsx`),
        "en",
      );
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      expect(book.worksheets).toHaveLength(1);
    }
  });

  it("puts the table's figures in the file: money per phase in whole kroner", async () => {
    const s = await loadSummary(w.users.gtmMember, { community: "govtech-midtjylland" });
    const res = await portfolioDatasetDownload(
      w.users.gtmMember,
      "money-phase",
      new URL("http://x/e?format=csv&community=govtech-midtjylland"),
      "da",
    );
    const lines = (await res.text()).replace("\uFEFF", "").trim().split("\r\n");
    expect(lines[0]).toBe("Fase;Bevilget;Tilsagn;Forbrugt;Tilbageført til puljen");
    expect(lines[1]).toBe(
      ["Test", ...["granted", "pledged", "spent", "returned"].map((k) => s.money.byPhase[0][k as "granted"])].join(";"),
    );
    expect(lines.at(-1)).toBe(
      ["I alt", s.money.total.granted, s.money.total.pledged, s.money.total.spent, s.money.total.returned].join(";"),
    );
  });

  it("writes shares with a decimal comma in Danish and a point in English", async () => {
    const da = await (
      await portfolioDatasetDownload(w.users.admin, "sdgs", new URL("http://x/e?format=csv"), "da")
    ).text();
    const en = await (
      await portfolioDatasetDownload(w.users.admin, "sdgs", new URL("http://x/e?format=csv"), "en")
    ).text();
    expect(da).toMatch(/;0,\d+\r\n/);
    expect(en).toMatch(/;0\.\d+\r\n/);
  });

  it("refuses an unknown dataset (404) and format (400)", async () => {
    await expect(portfolioDatasetDownload(null, "secrets", new URL("http://x/e"), "da")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      portfolioDatasetDownload(null, "funnel", new URL("http://x/e?format=pdf"), "da"),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("counts for anonymous callers only the public pilots", async () => {
    const res = await portfolioDatasetDownload(null, "funnel", new URL("http://x/e?format=csv"), "en");
    const test = (await res.text()).split("\r\n").find((l) => l.startsWith("Test;"))!;
    const s = await loadSummary(null, {});
    expect(Number(test.split(";")[1])).toBe(s.funnel.stages[0].reached);
  });
});
