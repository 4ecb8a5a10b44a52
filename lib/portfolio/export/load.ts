// One chart's data as a table for a download (GET /api/v1/portfolio/export/{dataset}, lib/api/exports.ts).
// Only the sections the dataset needs are queried, through the same loaders (and so the same
// visibility rule) as the dashboard.
import "server-only";
import { AppError } from "../../errors";
import { translator } from "../../i18n/messages";
import type { Locale } from "../../i18n/locales";
import type { PortfolioSummary } from "../types";
import type { Viewer } from "../scope";
import { loadFilterOptions } from "../options";
import { parseApiFilters } from "../summary";
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
import type { Table } from "../../exports/table";

import { danishDay } from "../../dates";
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
  benefits: async (u, f) => ({ benefits: { rows: (await loadBenefits(u, f)).rows, years: [], realised: [] } }),
  "benefit-years": async (u, f) => ({ benefits: { rows: [], years: await loadBenefitYears(u, f), realised: [] } }),
  municipalities: async (u, f) => ({ municipalities: await loadMunicipalities(u, f) }),
};

/** The dataset's table for these filters, and a file name that says which filters made it. */
export async function datasetExport(
  user: Viewer,
  datasetSegment: string,
  params: URLSearchParams,
  locale: Locale,
): Promise<{ table: Table; fileBase: string }> {
  if (!isDataset(datasetSegment)) throw new AppError("NOT_FOUND", "portfolio.api.dataset");
  const filters = parseApiFilters(params, await loadFilterOptions());
  const part = await LOAD[datasetSegment](user, filters);
  const table = datasetTable(
    datasetSegment,
    { filters, today: danishDay(), ...part } as PortfolioSummary,
    translator(locale),
    locale,
  );
  const stamp = [filters.community, filters.year, filters.technology, filters.domain]
    .filter(Boolean)
    .join("-")
    .replace(/[^a-z0-9-]/gi, "_");
  return { table, fileBase: `portefoelje-${datasetSegment}${stamp ? `-${stamp}` : ""}` };
}
