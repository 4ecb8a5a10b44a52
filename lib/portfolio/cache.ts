// A short, bounded, single-flight cache for the dashboard's figures (docs/decisions/0018). It lives
// on globalThis: the pages, route handlers and server actions of one Next process are bundled
// separately, and each must see (and clear) the same entries. Every successful write through the
// app clears it at once on this instance (`invalidate()`, called by lib/action.ts, lib/api/handler.ts
// and the import stream); other instances on the same database catch up within the TTL.
type Entry<T> = { value: Promise<T>; expires: number };

export class SingleFlightCache<T> {
  private entries = new Map<string, Entry<T>>();
  constructor(private readonly opts: { ttlMs: number; max: number; now?: () => number }) {}

  private now() {
    return this.opts.now?.() ?? Date.now();
  }

  /** The value for `key`: a fresh one is computed once, however many callers ask while it runs. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) {
      // Least recently used goes first: a read moves the entry to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry: Entry<T> = { value: compute(), expires: this.now() + this.opts.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // A failure is not remembered: the next caller tries again (unless a newer entry replaced it).
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.opts.max) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  /** Forget everything; computations already running still answer the callers that wait on them. */
  clear() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

export const SUMMARY_TTL_MS = 60_000;
export const SUMMARY_CACHE_ENTRIES = 200;

type State = { cache: SingleFlightCache<unknown>; owner?: unknown };
const g = globalThis as unknown as { __innovationsmotorPortfolioCache?: State };

/** The process's one summary cache; `owner` is the database it was filled from. */
export function summaryCacheState(): State {
  g.__innovationsmotorPortfolioCache ??= {
    cache: new SingleFlightCache({ ttlMs: SUMMARY_TTL_MS, max: SUMMARY_CACHE_ENTRIES }),
  };
  return g.__innovationsmotorPortfolioCache;
}

/** Something was written: the next dashboard view on this instance computes its figures afresh. */
export function invalidate(): void {
  g.__innovationsmotorPortfolioCache?.cache.clear();
}
