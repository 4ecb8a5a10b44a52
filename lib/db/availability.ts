// A small breaker for database outages. When PostgreSQL goes away (its connections are terminated, or
// a query cannot connect) the app notes it here; for the next few seconds page requests are answered
// at once by proxy.ts with a clear 503 page instead of each rendering into an error. After that the
// next request tries the database again, so the app recovers by itself when PostgreSQL is back.
// Kept on globalThis: the proxy, route handlers and pages run in one Node process but in separately
// bundled modules. Plain module (no "server-only"): lib/db/connect.ts arms it from the pg pool.

/** How long a noted outage answers pages with 503, and what Retry-After tells clients. */
export const RETRY_AFTER_SECONDS = 5;

const state = globalThis as unknown as { __innovationsmotorDbDownUntil?: number; __innovationsmotorDbOutages?: number };

export function noteDatabaseUnavailable(now = Date.now()) {
  state.__innovationsmotorDbDownUntil = now + RETRY_AFTER_SECONDS * 1000;
  // How often the breaker was armed since the process started: /api/health reports it, so a monitor
  // (and the abort test, tests/e2e/reliability-aborts.spec.ts) sees every trip, even a short one.
  state.__innovationsmotorDbOutages = (state.__innovationsmotorDbOutages ?? 0) + 1;
}

/** A query just succeeded (the health probe): pages need not wait out the breaker any longer. */
export function noteDatabaseAvailable() {
  state.__innovationsmotorDbDownUntil = 0;
}

export function outagesNoted(): number {
  return state.__innovationsmotorDbOutages ?? 0;
}

/**
 * pg-pool says "timeout exceeded when trying to connect" when every connection of the pool is busy and
 * none came free in time: the database is up but the app is saturated. That request still gets 503,
 * but it must not arm the breaker — 5 s of 503 on every route would turn a load peak into an outage
 * (the benchmark saw exactly that). A refused, reset or terminated connection does arm it.
 */
export function isPoolSaturated(err: unknown): boolean {
  return /timeout exceeded when trying to connect/i.test(
    `${(err as Error)?.message ?? ""} ${String((err as { cause?: unknown })?.cause ?? "")}`,
  );
}

/** Arms the breaker for an error that `isDatabaseUnavailable` matched, unless it is only a busy pool. */
export function noteDatabaseFailure(err: unknown, now = Date.now()) {
  if (!isPoolSaturated(err)) noteDatabaseUnavailable(now);
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return (state.__innovationsmotorDbDownUntil ?? 0) > now;
}
