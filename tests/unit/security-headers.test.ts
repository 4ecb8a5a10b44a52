// The page policy: scripts only with the request's nonce (never 'unsafe-inline'), no framing, no
// plugins, forms only to this site (and the identity provider when single sign-on is configured).
import { describe, expect, it } from "vitest";
import { API_CSP, baseHeaders, newNonce, pageCsp } from "../../lib/security/headers";
import { isCrossSite, isUnsafeMethod } from "../../lib/security/csrf";

const directives = (csp: string) =>
  Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("content security policy", () => {
  it("lets scripts run only with this request's nonce in production", () => {
    const nonce = newNonce();
    const d = directives(pageCsp({ nonce, dev: false }));
    expect(d["script-src"]).toContain(`'nonce-${nonce}'`);
    expect(d["script-src"]).not.toContain("'unsafe-inline'");
    expect(d["script-src"]).not.toContain("'unsafe-eval'");
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["form-action"]).toEqual(["'self'"]);
  });

  it("makes a new, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allows eval only in development, and forms to the identity provider when one is configured", () => {
    expect(directives(pageCsp({ nonce: "n", dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(
      directives(pageCsp({ nonce: "n", dev: false, formTargets: ["https://login.example"] }))["form-action"],
    ).toEqual(["'self'", "https://login.example"]);
  });

  it("gives API answers a policy that loads nothing, and HSTS only in production", () => {
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(baseHeaders(true).map((h) => h.key)).toContain("Strict-Transport-Security");
    expect(baseHeaders(false).map((h) => h.key)).not.toContain("Strict-Transport-Security");
  });
});

describe("cross-site request check", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://app.example/api/v1/x", { method: "POST", headers: { host: "app.example", ...headers } });

  it("treats only GET, HEAD and OPTIONS as safe", () => {
    for (const m of ["GET", "head", "OPTIONS"]) expect(isUnsafeMethod(m)).toBe(false);
    for (const m of ["POST", "PUT", "PATCH", "DELETE"]) expect(isUnsafeMethod(m)).toBe(true);
  });

  it("trusts the browser's Sec-Fetch-Site first", () => {
    expect(isCrossSite(post({ "sec-fetch-site": "same-origin", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSite(post({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(post({ "sec-fetch-site": "same-site" }))).toBe(true);
  });

  it("else compares Origin with the addressed host, also behind a proxy", () => {
    expect(isCrossSite(post({ origin: "https://app.example" }))).toBe(false);
    expect(isCrossSite(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(post({ origin: "null" }))).toBe(true);
    // X-Forwarded-Host counts only when TRUSTED_PROXY_HOPS says a proxy of ours set it (issue 15).
    expect(isCrossSite(post({ origin: "https://public.example", "x-forwarded-host": "public.example" }), true)).toBe(
      false,
    );
    expect(isCrossSite(post({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }))).toBe(true);
    expect(isCrossSite(post({}))).toBe(false); // no browser page sent this
  });
});
