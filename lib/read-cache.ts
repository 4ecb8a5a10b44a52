// A short, bounded, single-flight cache for figures many requests ask for at once (the dashboard's
// summary, decision 0018; the catalogue's shared filter counts, decision 0036). Every successful write
// through the app clears every such cache at once on this instance (`invalidateReadCaches`, called by
// lib/action.ts, lib/api/handler.ts and the import stream); other instances
// on the same database catch up within the TTL. The caches live on globalThis: the pages, route
// handlers and server actions of one Next process are bundled separately and must share them.
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

type Registry = Map<string, { cache: SingleFlightCache<unknown>; owner?: unknown }>;
const g = globalThis as unknown as { __innovationsmotorReadCaches?: Registry };

/** The process's cache named `name`, emptied first if it was filled from another database (a test's last one). */
export function readCache<T>(name: string, owner: unknown, opts: { ttlMs: number; max: number }): SingleFlightCache<T> {
  g.__innovationsmotorReadCaches ??= new Map();
  let state = g.__innovationsmotorReadCaches.get(name);
  if (!state) g.__innovationsmotorReadCaches.set(name, (state = { cache: new SingleFlightCache(opts) }));
  if (state.owner !== owner) {
    state.cache.clear();
    state.owner = owner;
  }
  return state.cache as SingleFlightCache<T>;
}

/** Something was written: every cached figure on this instance (dashboard, catalogue counts) is computed afresh. */
export function invalidateReadCaches(): void {
  for (const state of g.__innovationsmotorReadCaches?.values() ?? []) state.cache.clear();
}
