// Cross-site request forgery for cookie-authenticated API writes (docs/decisions/0012). A browser
// sends a session cookie along with a form or fetch from any site; it also tells where the request
// came from: `Sec-Fetch-Site` (all current browsers) or at least `Origin` on a POST. A write is
// refused unless the browser says same-origin. A request with neither header is not from a browser
// page (curl, a script holding its own cookie) and cannot be forged by one, so it passes. Bearer
// tokens are not sent automatically by browsers and are exempt. Server actions have Next's own
// Origin check; next-auth's sign-in and sign-out carry its CSRF token.

import { env } from "../env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isUnsafeMethod = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * The host the browser addressed. X-Forwarded-Host is the client's own word unless proxies of ours
 * stand in front (TRUSTED_PROXY_HOPS, issue 15): only then is the forwarded host believed.
 */
function addressedHost(req: Request, trustForwarded: boolean): string | null {
  const forwarded = trustForwarded ? req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || req.headers.get("host") || (URL.canParse(req.url) ? new URL(req.url).host : null);
}

export function isCrossSite(req: Request, trustForwarded = env.TRUSTED_PROXY_HOPS > 0): boolean {
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = req.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null" || !URL.canParse(origin)) return true; // sandboxed frames, file:// pages
  return new URL(origin).host !== addressedHost(req, trustForwarded);
}
