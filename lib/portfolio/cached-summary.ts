// The dashboard page and GET /api/v1/portfolio/summary read the figures through this short cache
// (lib/read-cache.ts, decision 0018: 60 s, 200 entries, cleared by every write on this instance); loadSummary itself never caches, so tests that write rows and call it
// see their rows. The key is exactly what decides the figures — the viewer's visibility condition
// as SQL text and values, the pools they may see, the filters and today's date — so two viewers with
// one key see the same figures by construction, and viewers who may see different pilots never share.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { database } from "../db";
import { apiQuery, type PortfolioFilters } from "./filters";
import { scopeConditions, type Viewer } from "./scope";
import { maySeePool, poolCommunityIds } from "./visible-sql";
import { loadSummary } from "./summary";
import type { PortfolioSummary } from "./types";
import { readCache } from "../read-cache";

import { danishDay } from "../dates";
type Summary = Omit<PortfolioSummary, "today">;

export function summaryKey(user: Viewer, filters: PortfolioFilters): string {
  const scope = Prisma.join(scopeConditions(user, filters), " AND ");
  const values = scope.values.map((v) => (typeof v === "bigint" ? v.toString() : v));
  return JSON.stringify([
    scope.sql,
    values,
    poolCommunityIds(user),
    maySeePool(user, filters),
    apiQuery(filters),
    danishDay(),
  ]);
}

export function cachedSummary(user: Viewer, filters: PortfolioFilters): Promise<Summary> {
  // Owned by the database: another one (a test's fresh one) never answers from entries of the last.
  const cache = readCache<Summary>("portfolio-summary", database(), { ttlMs: 60_000, max: 200 });
  return cache.get(summaryKey(user, filters), () => loadSummary(user, filters));
}
