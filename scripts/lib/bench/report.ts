// The benchmark's report: one Markdown table per target (latency, throughput, share of the trivial
// route, the issue's target and whether it is met) and the client weight per page.
import type { RouteResult } from "./load";
import type { PageWeight } from "./client-weight";

export type TargetResult = { target: string; pilots: number; routes: RouteResult[] };
export type BenchReport = {
  startedAt: string;
  machine: { cpus: number; model: string; memoryGb: number; loadAverage: number[]; node: string };
  settings: { seconds: number; warmup: number; connections: number };
  targets: TargetResult[];
  clientWeight: PageWeight[];
};

/** Issue 22: the heaviest page's first-load JavaScript, gzip. */
export const CLIENT_WEIGHT_TARGET_KB = 150;

const check = (ok: boolean, label: string, miss: string) => (ok ? `${label} ✓` : `${label} ✗ (${miss})`);

function verdict(r: RouteResult, share: number | null): string {
  const notes: string[] = [];
  if (r.p95Target !== undefined)
    notes.push(check(r.p95 <= r.p95Target, `p95 ≤ ${r.p95Target}`, `+${Math.round(r.p95 - r.p95Target)} ms`));
  if (r.shareTarget !== undefined && share !== null)
    notes.push(check(share >= r.shareTarget, `≥ ${r.shareTarget} %`, `${share} %`));
  if (r.aloneTarget !== undefined)
    notes.push(check(r.serialMs <= r.aloneTarget, `alone ≤ ${r.aloneTarget} ms`, `+${r.serialMs - r.aloneTarget} ms`));
  if (r.non2xx || r.errors)
    notes.push(
      `${r.non2xx} non-2xx (${Object.entries(r.statusCodes)
        .map(([c, n]) => `${n}× ${c}`)
        .join(", ")}), ${r.errors} errors/timeouts`,
    );
  if (r.requests === 0) notes.push("no response completed within the run");
  return notes.join("; ");
}

export function targetTable(t: TargetResult): string {
  const ceiling = t.routes[0]?.rps ?? 0;
  const lines = [
    `### ${t.target} — ${t.pilots.toLocaleString("en")} pilots`,
    "",
    "| route | one request alone, ms | req/s | share of trivial | p50 ms | p95 ms | p99 ms | target |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of t.routes) {
    const share = ceiling > 0 ? Math.round((r.rps / ceiling) * 1000) / 10 : null;
    lines.push(`| ${r.name} | ${r.serialMs} | ${r.rps} | ${share ?? "–"} % | ${r.p50} | ${r.p95} | ${r.p99} | ${verdict(r, share)} |`);
  }
  return lines.join("\n");
}

export function weightTable(pages: PageWeight[]): string {
  const over = pages.filter((p) => p.gzipKb > CLIENT_WEIGHT_TARGET_KB);
  return [
    `### First-load JavaScript per page (gzip; target ≤ ${CLIENT_WEIGHT_TARGET_KB} kB) — ${over.length ? `${over.length} over` : "all within"}`,
    "",
    "| page | gzip kB | raw kB | chunks |",
    "|---|---:|---:|---:|",
    ...pages.map((p) => `| \`${p.route}\` | ${p.gzipKb}${p.gzipKb > CLIENT_WEIGHT_TARGET_KB ? " ✗" : ""} | ${p.rawKb} | ${p.chunks} |`),
  ].join("\n");
}

export function markdown(r: BenchReport): string {
  const m = r.machine;
  return [
    `# Benchmark ${r.startedAt}`,
    "",
    `${m.cpus} × ${m.model}, ${m.memoryGb} GB, Node ${m.node}; load average at start ${m.loadAverage.map((l) => l.toFixed(2)).join(" / ")}. ` +
      `autocannon: ${r.settings.connections} connections, ${r.settings.warmup} s warm-up, ${r.settings.seconds} s measured per route, one route at a time.`,
    "",
    ...r.targets.flatMap((t) => [targetTable(t), ""]),
    weightTable(r.clientWeight),
    "",
  ].join("\n");
}
