// The one TanStack Query key factory of the portfolio (ARCHITECTURE.md, model 11): every query and
// every invalidation of portfolio data names its key through here, so they cannot drift apart.
import { apiQuery, type PortfolioFilters } from "./filters";

export const portfolioKeys = {
  all: ["portfolio"] as const,
  summaries: () => [...portfolioKeys.all, "summary"] as const,
  /** Keyed by the canonical query string, so {year: 2025} and {year: 2025, domain: undefined} share a cache entry. */
  summary: (f: PortfolioFilters) => [...portfolioKeys.summaries(), apiQuery(f)] as const,
};

export function summaryUrl(f: PortfolioFilters): string {
  return `/api/v1/portfolio/summary${apiQuery(f)}`;
}
