// The first-load JavaScript of a page, from a miniature build folder shaped like Next 16's: the shared
// runtime plus the page's entry chunks, each chunk counted once, CSS and other pages' chunks left out.
import { afterAll, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { clientWeights } from "../../scripts/lib/bench/client-weight";
const dir = mkdtempSync(path.join(os.tmpdir(), "client-weight-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunk = (name: string, text: string) => {
  mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(dir, "static", "chunks", name), text);
  return gzipSync(Buffer.from(text)).length;
};

function manifest(page: string, entries: Record<string, string[]>) {
  const folder = path.join(dir, "server", "app", ...page.split("/").filter(Boolean));
  mkdirSync(folder, { recursive: true });
  const body = JSON.stringify({ moduleLoading: { prefix: "" }, entryJSFiles: entries });
  writeFileSync(
    path.join(folder, "page_client-reference-manifest.js"),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${page}/page"] = ${body};`,
  );
}

it("adds the runtime and the page's entry chunks, each once, and leaves out CSS and other pages", () => {
  const runtime = chunk("runtime.js", "r".repeat(5000) + Math.random());
  const layout = chunk("layout.js", "l".repeat(3000) + "layout-unique-content");
  const charts = chunk(
    "charts.js",
    Array.from({ length: 4000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(""),
  );
  chunk("other.js", "o".repeat(9000));
  writeFileSync(path.join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js"] }));
  manifest("/portefoelje", {
    "[project]/app/layout": ["static/chunks/layout.js", "static/chunks/style.css"],
    "[project]/app/portefoelje/page": ["static/chunks/layout.js", "static/chunks/charts.js"],
  });
  manifest("/piloter", { "[project]/app/layout": ["static/chunks/layout.js"] });

  const pages = clientWeights(dir);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  expect(pages).toEqual([
    { route: "/portefoelje", gzipKb: kb(runtime + layout + charts), rawKb: expect.any(Number), chunks: 3 },
    { route: "/piloter", gzipKb: kb(runtime + layout), rawKb: expect.any(Number), chunks: 2 },
  ]);
});
