// One route under load: autocannon with a warm-up that is thrown away, then a measured run. Latency
// percentiles are computed here from every response's time (autocannon's own histogram has no p95).
import autocannon from "autocannon";

export type RouteSpec = {
  name: string;
  method?: "GET" | "POST";
  /** Paths to cycle through (one per request, round robin): a pilot page hits many pilots, not one. */
  paths: string[];
  headers?: Record<string, string>;
  body?: () => string;
  /** Issue 22's targets for this route, where it has them (docs/performance.md). */
  p95Target?: number;
  /** Throughput as a share of the trivial route's in the same run, in per cent. */
  shareTarget?: number;
  /** One request alone on the idle server, in ms. */
  aloneTarget?: number;
};

export type RouteResult = {
  name: string;
  /** Median of a few requests one after the other on an idle server: the cost of one request. */
  serialMs: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
} & Pick<RouteSpec, "p95Target" | "shareTarget" | "aloneTarget">;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function run(base: string, spec: RouteSpec, seconds: number, connections: number, record: boolean) {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let next = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: spec.method ?? "GET",
        headers: spec.headers,
        setupRequest: (req) => ({ ...req, path: spec.paths[next++ % spec.paths.length], ...(spec.body ? { body: spec.body() } : {}) }),
      },
    ],
  });
  if (record) {
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  }
  return new Promise<{ result: autocannon.Result; latencies: number[]; statusCodes: Record<string, number> }>((resolve, reject) => {
    instance.on("done", (result) => resolve({ result, latencies, statusCodes }));
    instance.on("error", reject);
  });
}

async function serial(base: string, spec: RouteSpec, n = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(base + spec.paths[i % spec.paths.length], { method: spec.method ?? "GET", headers: spec.headers, body: spec.body?.(), redirect: "manual" });
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(n / 2)]);
}

export async function measure(base: string, spec: RouteSpec, opts: { seconds: number; warmup: number; connections: number }): Promise<RouteResult> {
  const serialMs = await serial(base, spec);
  if (opts.warmup > 0) await run(base, spec, opts.warmup, opts.connections, false);
  const { result, latencies, statusCodes } = await run(base, spec, opts.seconds, opts.connections, true);
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name: spec.name,
    serialMs,
    requests: latencies.length,
    rps: round(latencies.length / opts.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    p95Target: spec.p95Target,
    shareTarget: spec.shareTarget,
    aloneTarget: spec.aloneTarget,
  };
}
