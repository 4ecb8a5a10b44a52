// The import graph of lib/'s folders has no cycle (ARCHITECTURE.md: "no two lib/ folders import each
// other"). A folder is a node (a top-level file such as lib/dates.ts is one too); an import from one
// to another is an edge; every strongly connected component must be a single folder.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const LIB = path.resolve(import.meta.dirname, "../../lib");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** lib/pilots/access.ts → "pilots"; lib/dates.ts → "dates". */
const nodeOf = (file: string) =>
  path
    .relative(LIB, file)
    .split(path.sep)[0]
    .replace(/\.tsx?$/, "");

export function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sources(LIB)) {
    const from = nodeOf(file);
    const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    )) {
      const spec = m[1] ?? m[2];
      const target = spec.startsWith(".")
        ? path.resolve(path.dirname(file), spec)
        : spec.startsWith("@/lib/")
          ? path.join(LIB, spec.slice("@/lib/".length))
          : null;
      if (!target || !target.startsWith(LIB + path.sep) || target.includes(`${path.sep}generated${path.sep}`)) continue;
      const to = nodeOf(target);
      if (to !== from) edges.set(to, [...(edges.get(to) ?? []), path.relative(LIB, file)]);
    }
  }
  return graph;
}

/** Tarjan's strongly connected components. */
function components(graph: Map<string, Map<string, string[]>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    on = new Set<string>(),
    out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) !== idx.get(v)) return;
    const c: string[] = [];
    for (;;) {
      const w = stack.pop()!;
      on.delete(w);
      c.push(w);
      if (w === v) break;
    }
    out.push(c.sort());
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("lib/'s folders", () => {
  it("import each other without a cycle", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(20);
    const cycles = components(graph).filter((c) => c.length > 1);
    const why = cycles.map((c) =>
      c.flatMap((a) => c.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} → ${b} (${graph.get(a)!.get(b)![0]})`)),
    );
    expect(why).toEqual([]);
  });

  it("build HTTP responses only in the transport folder", () => {
    const offenders = sources(LIB)
      .filter((f) => !path.relative(LIB, f).startsWith(`api${path.sep}`))
      .filter((f) => /from "next\/server"|new Response\(|Response\.json\(|NextResponse/.test(readFileSync(f, "utf8")))
      .map((f) => path.relative(LIB, f));
    expect(offenders).toEqual([]);
  });
});
