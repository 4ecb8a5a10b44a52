// First-load JavaScript per page, from a production build. Next 16 with Turbopack no longer prints
// sizes, so they are derived from the manifests: the runtime every page loads (build-manifest
// rootMainFiles) plus every entry chunk of the page's client reference manifest (its layouts, error
// and not-found boundaries and the page itself). Each distinct chunk is gzipped once and counted
// once per page. Legacy polyfills (nomodule) and chunks loaded later on demand are not first load.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageWeight = { route: string; gzipKb: number; rawKb: number; chunks: number };

function manifests(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) manifests(p, out);
    else if (entry.name === "page_client-reference-manifest.js") out.push(p);
  }
  return out;
}

/** The JSON object a `globalThis.__RSC_MANIFEST["/x/page"] = {…};` file assigns. */
function parseManifest(file: string): { page: string; entryJSFiles: Record<string, string[]> } {
  const text = readFileSync(file, "utf8");
  const key = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*/.exec(text);
  if (!key) throw new Error(`not a client reference manifest: ${file}`);
  const json = text.slice(key.index + key[0].length, text.lastIndexOf("}") + 1);
  return { page: key[1], entryJSFiles: (JSON.parse(json) as { entryJSFiles?: Record<string, string[]> }).entryJSFiles ?? {} };
}

export function clientWeights(nextDir = ".next"): PageWeight[] {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const sizes = new Map<string, { gzip: number; raw: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const p = path.join(nextDir, file.replace(/^\/_next\//, ""));
      const bytes = existsSync(p) ? readFileSync(p) : Buffer.alloc(0);
      s = { gzip: bytes.length ? gzipSync(bytes).length : 0, raw: existsSync(p) ? statSync(p).size : 0 };
      sizes.set(file, s);
    }
    return s;
  };
  const pages: PageWeight[] = [];
  for (const file of manifests(path.join(nextDir, "server", "app"))) {
    const { page, entryJSFiles } = parseManifest(file);
    const files = new Set([...buildManifest.rootMainFiles, ...Object.values(entryJSFiles).flat()].filter((f) => f.endsWith(".js")));
    let gzip = 0;
    let raw = 0;
    for (const f of files) {
      const s = size(f);
      gzip += s.gzip;
      raw += s.raw;
    }
    const route = page.replace(/\/page$/, "") || "/";
    pages.push({ route, gzipKb: Math.round(gzip / 102.4) / 10, rawKb: Math.round(raw / 102.4) / 10, chunks: files.size });
  }
  return pages.sort((a, b) => b.gzipKb - a.gzipKb);
}
