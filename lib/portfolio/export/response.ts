// GET /api/v1/portfolio/export/{dataset}?format=csv|xlsx&community=&year=&technology=&domain=:
// one chart's data as a file. Only the sections the dataset needs are queried, through the same
// loaders (and so the same visibility rule) as the dashboard.
import "server-only";
import { AppError } from "../../errors";
import { translator } from "../../i18n/messages";
import type { Locale } from "../../i18n/locales";
import type { PortfolioSummary } from "../types";
import type { Viewer } from "../scope";
import { loadFilterOptions } from "../options";
import { parseApiFilters, todayInDenmark } from "../summary";
import { loadFunnel } from "../sections/funnel";
import { loadMoney } from "../sections/money";
import { loadPool } from "../sections/pool";
import { loadGatesDue } from "../sections/gates";
import { loadDecisions } from "../sections/decisions";
import { loadSdgs, loadTechDomain } from "../sections/coverage";
import { loadValueRisk } from "../sections/value-risk";
import { loadFairShare } from "../sections/fair-share";
import { loadBenefits, loadBenefitYears } from "../sections/benefits";
import { loadMunicipalities } from "../sections/municipalities";
import type { PortfolioFilters } from "../filters";
import { datasetTable, isDataset, type Dataset } from "./datasets";
import { toCsv } from "./csv";
import { toXlsx } from "./xlsx";

const TYPES = { csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

type Part = Partial<PortfolioSummary>;
const LOAD: Record<Dataset, (u: Viewer, f: PortfolioFilters) => Promise<Part>> = {
  funnel: async (u, f) => ({ funnel: await loadFunnel(u, f) }),
  "money-phase": async (u, f) => ({ money: await loadMoney(u, f) }),
  "money-year": async (u, f) => ({ money: await loadMoney(u, f) }),
  pool: async (u, f) => ({ pool: await loadPool(u, f) }),
  "pool-years": async (u, f) => ({ pool: await loadPool(u, f) }),
  gates: async (u, f) => ({ gates: await loadGatesDue(u, f) }),
  decisions: async (u, f) => ({ decisions: await loadDecisions(u, f) }),
  sdgs: async (u, f) => ({ sdgs: await loadSdgs(u, f) }),
  "technology-domain": async (u, f) => ({ techDomain: await loadTechDomain(u, f) }),
  // The downloads carry every row: no cap here (lib/portfolio/summary.ts caps the dashboard's view).
  "value-risk": async (u, f) => ({ valueRisk: (await loadValueRisk(u, f)).points }),
  "fair-share": async (u, f) => ({ fairShare: await loadFairShare(u, f) }),
  benefits: async (u, f) => ({ benefits: { rows: (await loadBenefits(u, f)).rows, years: [] } }),
  "benefit-years": async (u, f) => ({ benefits: { rows: [], years: await loadBenefitYears(u, f) } }),
  municipalities: async (u, f) => ({ municipalities: await loadMunicipalities(u, f) }),
};

export async function exportDataset(user: Viewer, datasetSegment: string, url: URL, locale: Locale): Promise<Response> {
  const params = new URLSearchParams(url.searchParams);
  const format = params.get("format") ?? "csv";
  params.delete("format");
  if (!isDataset(datasetSegment)) throw new AppError("NOT_FOUND", "portfolio.api.dataset");
  if (format !== "csv" && format !== "xlsx") throw new AppError("BAD_REQUEST", "portfolio.api.invalid", { format: "portfolio.api.format" });
  const filters = parseApiFilters(params, await loadFilterOptions());
  const part = await LOAD[datasetSegment](user, filters);
  const t = translator(locale);
  const table = datasetTable(datasetSegment, { filters, today: todayInDenmark(), ...part } as PortfolioSummary, t, locale);
  const body = format === "csv" ? toCsv(table, locale) : new Uint8Array(await toXlsx(table, `${t("portfolio.title")}: ${table.name}`));
  const stamp = [filters.community, filters.year, filters.technology, filters.domain].filter(Boolean).join("-").replace(/[^a-z0-9-]/gi, "_");
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="portefoelje-${datasetSegment}${stamp ? `-${stamp}` : ""}.${format}"`,
      // Members-only figures must not sit in shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
