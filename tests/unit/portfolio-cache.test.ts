// The dashboard's summary cache (lib/read-cache.ts): one computation per key however many ask
// at once, a fixed lifetime, a bounded size (least recently used goes), failures not remembered.
import { describe, expect, it } from "vitest";
import { SingleFlightCache } from "../../lib/read-cache";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("SingleFlightCache", () => {
  it("starts one computation for 16 concurrent callers of one key", async () => {
    const cache = new SingleFlightCache<number>({ ttlMs: 60_000, max: 10 });
    const d = deferred<number>();
    let started = 0;
    const calls = Array.from({ length: 16 }, () => cache.get("k", () => (started++, d.promise)));
    d.resolve(42);
    expect(await Promise.all(calls)).toEqual(Array(16).fill(42));
    expect(started).toBe(1);
  });

  it("keeps keys apart", async () => {
    const cache = new SingleFlightCache<string>({ ttlMs: 60_000, max: 10 });
    expect(await cache.get("a", async () => "A")).toBe("A");
    expect(await cache.get("b", async () => "B")).toBe("B");
    expect(await cache.get("a", async () => "A2")).toBe("A");
  });

  it("computes afresh once the lifetime is over", async () => {
    let now = 1_000;
    const cache = new SingleFlightCache<number>({ ttlMs: 60_000, max: 10, now: () => now });
    expect(await cache.get("k", async () => 1)).toBe(1);
    now += 59_999;
    expect(await cache.get("k", async () => 2)).toBe(1);
    now += 1;
    expect(await cache.get("k", async () => 3)).toBe(3);
  });

  it("forgets everything on clear, while a running computation still answers its callers", async () => {
    const cache = new SingleFlightCache<number>({ ttlMs: 60_000, max: 10 });
    const d = deferred<number>();
    const before = cache.get("k", () => d.promise);
    cache.clear();
    const after = cache.get("k", async () => 2);
    d.resolve(1);
    expect(await before).toBe(1);
    expect(await after).toBe(2);
    expect(await cache.get("k", async () => 3)).toBe(2);
  });

  it("holds at most `max` entries, dropping the least recently used", async () => {
    const cache = new SingleFlightCache<string>({ ttlMs: 60_000, max: 2 });
    await cache.get("a", async () => "a");
    await cache.get("b", async () => "b");
    await cache.get("a", async () => "a2"); // a is now the most recently used
    await cache.get("c", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "a3")).toBe("a");
    expect(await cache.get("b", async () => "b2")).toBe("b2");
  });

  it("does not remember a failure", async () => {
    const cache = new SingleFlightCache<number>({ ttlMs: 60_000, max: 10 });
    await expect(cache.get("k", async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    await new Promise((r) => setImmediate(r));
    expect(await cache.get("k", async () => 7)).toBe(7);
  });
});
