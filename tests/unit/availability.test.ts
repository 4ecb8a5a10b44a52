// The outage breaker and the outage test: which errors mean "the database is away" (a 503, not a
// 500), and how long pages are answered with the 503 page after one was seen.
import { describe, expect, it } from "vitest";
import { databaseRecentlyUnavailable, noteDatabaseFailure, noteDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../../lib/db/availability";
import { unavailablePage } from "../../lib/api/unavailable";
import { isDatabaseUnavailable } from "../../lib/errors";

describe("database outage", () => {
  it("recognises the ways pg, PostgreSQL and Prisma report an unreachable or stopped server", () => {
    const outages = [
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      new Error("Connection terminated unexpectedly"),
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      Object.assign(new Error("the database system is starting up"), { code: "57P03" }),
      Object.assign(new Error("Server has closed the connection."), { code: "P1017" }),
      Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" }),
    ];
    for (const err of outages) expect(isDatabaseUnavailable(err), err.message).toBe(true);
    for (const err of [new Error("duplicate key value violates unique constraint"), Object.assign(new Error("value out of range"), { code: "22003" }), null, "text"]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
    }
  });

  it("answers pages with 503 for a few seconds after an outage is seen, then tries again", () => {
    const now = 1_000_000_000;
    expect(databaseRecentlyUnavailable(now)).toBe(false);
    noteDatabaseUnavailable(now);
    expect(databaseRecentlyUnavailable(now + 1)).toBe(true);
    expect(databaseRecentlyUnavailable(now + RETRY_AFTER_SECONDS * 1000 + 1)).toBe(false);
  });

  it("a busy pool is answered 503 but does not arm the breaker; a refused connection does", () => {
    const now = 2_000_000_000;
    const busy = new Error("timeout exceeded when trying to connect");
    expect(isDatabaseUnavailable(busy)).toBe(true);
    noteDatabaseFailure(busy, now);
    expect(databaseRecentlyUnavailable(now + 1)).toBe(false);
    noteDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), now);
    expect(databaseRecentlyUnavailable(now + 1)).toBe(true);
  });

  it("the 503 page is Danish first, says to try again, and tells clients when", async () => {
    const res = unavailablePage();
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    const html = await res.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain("midlertidigt utilgængelig");
    expect(html).not.toMatch(/Error:|\bat \w+ \(/);
  });
});
