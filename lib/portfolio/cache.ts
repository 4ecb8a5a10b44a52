// A short, bounded, single-flight cache for the dashboard's figures (docs/decisions/0018). It lives
// on globalThis: the pages, route handlers and server actions of one Next process are bundled
// separately, and each must see (and clear) the same entries. Every successful write through the
// app clears it at once on this instance (`invalidate()`, called by lib/action.ts, lib/api/handler.ts
// and the import stream); other instances on the same database catch up within the TTL.
import { SingleFlightCache, readCachesOnThisInstance } from "../read-cache";

export { SingleFlightCache };

export const SUMMARY_TTL_MS = 60_000;
export const SUMMARY_CACHE_ENTRIES = 200;

type State = { cache: SingleFlightCache<unknown>; owner?: unknown };
const g = globalThis as unknown as { __innovationsmotorPortfolioCache?: State };

/** The process's one summary cache; `owner` is the database it was filled from. */
export function summaryCacheState(): State {
  g.__innovationsmotorPortfolioCache ??= {
    cache: new SingleFlightCache({ ttlMs: SUMMARY_TTL_MS, max: SUMMARY_CACHE_ENTRIES }),
  };
  return g.__innovationsmotorPortfolioCache;
}

/** Something was written: the next dashboard view (and catalogue count) on this instance is computed afresh. */
export function invalidate(): void {
  g.__innovationsmotorPortfolioCache?.cache.clear();
  readCachesOnThisInstance().forEach((c) => c.clear());
}
