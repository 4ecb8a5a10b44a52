import type { NextConfig } from "next";
import { API_CSP, baseHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time:
  // bundling it breaks that ("Received an instance of URL" / "Extension bundle not found"). pdfkit
  // reads its font metrics from its own folder the same way.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pdfkit"],
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
    ];
  },
};

export default nextConfig;
