// Every page request gets a fresh CSP nonce (lib/security/headers.ts, docs/decisions/0012). The policy
// goes on the request too: Next reads the nonce from there and puts it on its own inline scripts.
// Pages are rendered per request anyway (the header shows who is signed in), so nonces cost no caching.
import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageCsp } from "./lib/security/headers";
import { env } from "./lib/env";
import { databaseRecentlyUnavailable } from "./lib/db/availability";
import { unavailablePage } from "./lib/api/unavailable";
import { isCrossSite } from "./lib/security/csrf";
import { crossSiteActionRefused } from "./lib/api/cross-site";

const formTargets = env.OIDC_ISSUER ? [new URL(env.OIDC_ISSUER).origin] : [];

export function proxy(request: NextRequest) {
  // A database outage was seen a moment ago (lib/db/availability.ts): answer with the clear 503 page
  // at once rather than render every page into an error; after a few seconds pages try again.
  // A server action is not a page: its form answers an outage itself (lib/action.ts) and keeps what was
  // typed, where this 503 page would replace the form and lose it (issue 17).
  if (databaseRecentlyUnavailable() && !request.headers.has("next-action")) return unavailablePage();
  // A server action posted from another site: a plain 403 here, not Next's 500 from its own check. Every
  // POST to a page is a server action, with JavaScript (a Next-Action header) or without (a plain form
  // post naming the action in its body), so the check does not wait for the header.
  if (request.method === "POST" && isCrossSite(request)) return crossSiteActionRefused();
  const nonce = newNonce();
  const csp = pageCsp({ nonce, dev: env.NODE_ENV === "development", formTargets });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Not the API (JSON, its own fixed policy in next.config.ts), not static files, not prefetches.
      source: "/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2?|css|js)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
