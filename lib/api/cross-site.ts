// The answer to a server action posted from another site (proxy.ts, issue 15): a plain 403 before
// Next's own check would answer it with a 500.
/** The answer to a cross-site server action: 403, plain text in Danish and English, nothing cached. */
export function crossSiteActionRefused(): Response {
  return new Response(
    "Forespørgslen kom fra et andet websted og er afvist. / The request came from another site and was refused.\n",
    {
      status: 403,
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      },
    },
  );
}
