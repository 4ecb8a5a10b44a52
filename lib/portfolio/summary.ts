// The whole portfolio for one viewer and one set of filters: a fixed number of SQL statements (one
// per section, run side by side) whatever the number of pilots. Used by the dashboard page and by
// GET /api/v1/portfolio/summary, so the two cannot disagree.
import "server-only";
import { AppError } from "../errors";
import type { MessageKey } from "../i18n/messages";
import { apiFiltersSchema } from "./api-filters";
import type { PortfolioFilters } from "./filters";
import type { FilterOptions, PortfolioSummary } from "./types";
import type { Viewer } from "./scope";
import { loadFilterOptions } from "./options";
import { loadFunnel } from "./sections/funnel";
import { loadMoney } from "./sections/money";
import { loadPool } from "./sections/pool";
import { loadGatesDue } from "./sections/gates";
import { loadAtRisk } from "./sections/at-risk";
import { loadDecisions } from "./sections/decisions";
import { loadSdgs, loadTechDomain } from "./sections/coverage";
import { loadValueRisk } from "./sections/value-risk";
import { loadFairShare } from "./sections/fair-share";
import { loadBenefits, loadBenefitYears } from "./sections/benefits";
import { loadRealisedBenefits } from "./sections/realised";
import { loadMunicipalities } from "./sections/municipalities";
import { danishDay } from "../dates";
import { allNamed } from "../parallel";

/**
 * How much of the lists that grow with the portfolio one view carries (the downloads carry all):
 * the scatter's pilots with the largest grants, and per benefit kind and unit the pilots with the
 * largest gains. The demo's 33 pilots stay well below both, so the demo shows every pilot.
 */
export const SUMMARY_CAPS = { valueRisk: 200, benefitPilotsPerUnit: 25 } as const;
export type SummaryCaps = { valueRisk: number; benefitPilotsPerUnit: number };

/** Statements per dashboard: the filter options and one per section (the query-count test holds the code to it). */
export const SUMMARY_QUERIES = 15;

export async function loadSummary(
  user: Viewer,
  filters: PortfolioFilters,
  caps: SummaryCaps = SUMMARY_CAPS,
): Promise<Omit<PortfolioSummary, "today">> {
  const computedAt = new Date().toISOString();
  const { benefitRows, benefitYears, realised, ...sections } = await allNamed({
    funnel: loadFunnel(user, filters),
    money: loadMoney(user, filters),
    pool: loadPool(user, filters),
    gates: loadGatesDue(user, filters),
    atRisk: loadAtRisk(user, filters),
    decisions: loadDecisions(user, filters),
    sdgs: loadSdgs(user, filters),
    techDomain: loadTechDomain(user, filters),
    valueRisk: loadValueRisk(user, filters, caps.valueRisk),
    fairShare: loadFairShare(user, filters),
    benefitRows: loadBenefits(user, filters, caps.benefitPilotsPerUnit),
    benefitYears: loadBenefitYears(user, filters),
    municipalities: loadMunicipalities(user, filters),
    realised: loadRealisedBenefits(user, filters),
  });
  const { valueRisk } = sections;
  const benefitPilots = benefitRows.rows.filter((r) => r.group === "pilot").length;
  return {
    filters,
    ...sections,
    valueRisk: valueRisk.points,
    benefits: { rows: benefitRows.rows, years: benefitYears, realised },
    caps: {
      valueRisk: { shown: valueRisk.points.length, total: valueRisk.total, limit: caps.valueRisk },
      benefitPilots: { shown: benefitPilots, total: benefitRows.pilotRows, limit: caps.benefitPilotsPerUnit },
    },
    computedAt,
  };
}

/** Query parameters (English names) checked against the schema and the communities that exist. */
export function parseApiFilters(params: URLSearchParams, options: FilterOptions): PortfolioFilters {
  const parsed = apiFiltersSchema.safeParse(Object.fromEntries(params));
  const fields: Record<string, MessageKey> = {};
  if (!parsed.success)
    for (const i of parsed.error.issues) fields[String(i.path[0] ?? "_")] ??= i.message as MessageKey;
  const f = parsed.success ? parsed.data : {};
  const community = params.get("community");
  if (community && !fields.community && !options.communities.some((c) => c.slug === community))
    fields.community = "portfolio.api.community";
  if (Object.keys(fields).length) throw new AppError("BAD_REQUEST", "portfolio.api.invalid", fields);
  return f;
}

/** `load`: the route passes the cached loader (lib/portfolio/cached-summary.ts); tests may call it directly. */
export async function portfolioSummary(
  user: Viewer,
  params: URLSearchParams,
  load: (u: Viewer, f: PortfolioFilters) => Promise<Omit<PortfolioSummary, "today">> = loadSummary,
): Promise<{ summary: PortfolioSummary; options: FilterOptions }> {
  const options = await loadFilterOptions();
  const filters = parseApiFilters(params, options);
  const summary = await load(user, filters);
  return { summary: { ...summary, today: danishDay() }, options };
}
