// The security headers (docs/decisions/0012). Pages get a Content-Security-Policy with a fresh nonce
// per request from proxy.ts: Next puts that nonce on its own inline bootstrap scripts, so no script
// runs without it — no 'unsafe-inline' for scripts. Styles keep 'unsafe-inline': React `style={…}`
// attributes (charts, colour swatches) cannot carry a nonce, and an injected style cannot run code.
// Everything else (API responses, static files) gets the fixed headers from next.config.ts.

export type CspOptions = { nonce: string; dev: boolean; formTargets?: string[] };

export function pageCsp({ nonce, dev, formTargets = [] }: CspOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd bootstrap loads (Next's chunks) are trusted; dev's hot reload needs eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Single sign-on sends the browser on to the identity provider after a form post.
    `form-action 'self'${formTargets.map((t) => ` ${t}`).join("")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers are JSON: nothing in them may load or run anything, nor be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = "max-age=63072000; includeSubDomains";

/** Headers on every response, whatever produced it. */
export function baseHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers ignore HSTS over plain http, but it must never reach a developer's localhost as a habit.
    ...(production ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
