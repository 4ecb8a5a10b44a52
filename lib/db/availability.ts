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
  return /timeout exceeded when trying to connect/i.test(`${(err as Error)?.message ?? ""} ${String((err as { cause?: unknown })?.cause ?? "")}`);
}

/** Arms the breaker for an error that `isDatabaseUnavailable` matched, unless it is only a busy pool. */
export function noteDatabaseFailure(err: unknown, now = Date.now()) {
  if (!isPoolSaturated(err)) noteDatabaseUnavailable(now);
}

export function databaseRecentlyUnavailable(now = Date.now()): boolean {
  return (state.__innovationsmotorDbDownUntil ?? 0) > now;
}

const PAGE = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Midlertidigt utilgængelig – Innovationsmotor</title>
<style>body{font-family:system-ui,sans-serif;max-width:60ch;margin:4rem auto;padding:0 1.6rem;line-height:1.5;color:#1a1a1a}h1{font-size:2.4rem}</style>
</head><body><main>
<h1>Innovationsmotor er midlertidigt utilgængelig</h1>
<p>Vi kan ikke nå databasen lige nu. Intet af det, der allerede er gemt, er gået tabt. Prøv igen om et øjeblik.</p>
<p lang="en">Innovationsmotor is temporarily unavailable: the database cannot be reached. Nothing already saved is lost. Please try again in a moment.</p>
<p><a href="">Prøv igen</a></p>
</main></body></html>`;

/** The page every page request gets during an outage: 503, Danish first, no details of the failure. */
export function unavailablePage(): Response {
  return new Response(PAGE, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(RETRY_AFTER_SECONDS),
      "cache-control": "no-store",
      // Answered before the proxy sets the pages' policy: its own, as strict as a static page allows.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
    },
  });
}
