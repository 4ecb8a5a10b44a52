// The page every page request gets during a database outage (lib/db/availability.ts): 503, Danish
// first, no details of the failure. Answered by proxy.ts before a page renders.
import { RETRY_AFTER_SECONDS } from "../db/availability";

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
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
    },
  });
}
