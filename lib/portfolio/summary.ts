// The whole portfolio for one viewer and one set of filters: a fixed number of SQL statements (one
// per section, run side by side) whatever the number of pilots. Used by the dashboard page and by
// GET /api/v1/portfolio/summary, so the two cannot disagree.
import "server-only";
import { AppError } from "../errors";
import type { MessageKey } from "../i18n/messages";
import { apiFiltersSchema, type PortfolioFilters } from "./filters";
import type { FilterOptions, PortfolioSummary } from "./types";
import type { Viewer } from "./scope";
import { loadFilterOptions } from "./options";
import { loadFunnel } from "./sections/funnel";
import { loadMoney } from "./sections/money";
import { loadPool } from "./sections/pool";
import { loadGatesDue } from "./sections/gates";
import { loadDecisions } from "./sections/decisions";
import { loadSdgs, loadTechDomain } from "./sections/coverage";
import { loadValueRisk } from "./sections/value-risk";
import { loadFairShare } from "./sections/fair-share";
import { loadBenefits, loadBenefitYears } from "./sections/benefits";
import { loadMunicipalities } from "./sections/municipalities";

/** Statements per dashboard: the filter options and one per section (the query-count test holds the code to it). */
export const SUMMARY_QUERIES = 13;

export async function loadSummary(user: Viewer, filters: PortfolioFilters): Promise<Omit<PortfolioSummary, "today">> {
  const [funnel, money, pool, gates, decisions, sdgs, techDomain, valueRisk, fairShare, benefitRows, benefitYears, municipalities] = await Promise.all([
    loadFunnel(user, filters),
    loadMoney(user, filters),
    loadPool(user, filters),
    loadGatesDue(user, filters),
    loadDecisions(user, filters),
    loadSdgs(user, filters),
    loadTechDomain(user, filters),
    loadValueRisk(user, filters),
    loadFairShare(user, filters),
    loadBenefits(user, filters),
    loadBenefitYears(user, filters),
    loadMunicipalities(user, filters),
  ]);
  return { filters, funnel, money, pool, gates, decisions, sdgs, techDomain, valueRisk, fairShare, benefits: { rows: benefitRows, years: benefitYears }, municipalities };
}

/** Query parameters (English names) checked against the schema and the communities that exist. */
export function parseApiFilters(params: URLSearchParams, options: FilterOptions): PortfolioFilters {
  const parsed = apiFiltersSchema.safeParse(Object.fromEntries(params));
  const fields: Record<string, MessageKey> = {};
  if (!parsed.success) for (const i of parsed.error.issues) fields[String(i.path[0] ?? "_")] ??= i.message as MessageKey;
  const f = parsed.success ? parsed.data : {};
  const community = params.get("community");
  if (community && !fields.community && !options.communities.some((c) => c.slug === community)) fields.community = "portfolio.api.community";
  if (Object.keys(fields).length) throw new AppError("BAD_REQUEST", "portfolio.api.invalid", fields);
  return f;
}

export async function portfolioSummary(user: Viewer, params: URLSearchParams): Promise<{ summary: PortfolioSummary; options: FilterOptions }> {
  const options = await loadFilterOptions();
  const filters = parseApiFilters(params, options);
  const summary = await loadSummary(user, filters);
  return { summary: { ...summary, today: todayInDenmark() }, options };
}

export function todayInDenmark(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
}
