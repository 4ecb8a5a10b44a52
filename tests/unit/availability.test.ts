// The outage breaker and the outage test: which errors mean "the database is away" (a 503, not a
// 500), and how long pages are answered with the 503 page after one was seen.
import { describe, expect, it } from "vitest";
import {
  databaseRecentlyUnavailable,
  noteDatabaseFailure,
  noteDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
} from "../../lib/db/availability";
import { unavailablePage } from "../../lib/api/unavailable";
import { isDatabaseUnavailable } from "../../lib/errors";
import { isClientAbort, noteDatabaseEndpoint } from "../../lib/db/outage";

describe("database outage", () => {
  it("recognises the ways pg, PostgreSQL and Prisma report an unreachable or stopped server", () => {
    noteDatabaseEndpoint("127.0.0.1", 5432);
    const prisma = (code: string, message: string, cause?: object) =>
      Object.assign(new Error(message), {
        name: "PrismaClientKnownRequestError",
        code,
        clientVersion: "7.10.0",
        meta: cause && { driverAdapterError: { cause } },
      });
    const outages = [
      // pg-pool's raw connect error to the database's own port, and Prisma's wrapping of it.
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        syscall: "connect",
        address: "127.0.0.1",
        port: 5432,
        errno: -111,
      }),
      prisma("P1001", "Can't reach database server at 127.0.0.1:5432", {
        kind: "DatabaseNotReachable",
        host: "127.0.0.1",
        port: 5432,
      }),
      prisma("P1017", "Server has closed the connection.", { kind: "ConnectionClosed" }),
      new Error("Connection terminated unexpectedly"),
      // PostgreSQL's own errors as pg hands them over (SQLSTATE and severity).
      Object.assign(new Error("terminating connection due to administrator command"), {
        code: "57P01",
        severity: "FATAL",
      }),
      Object.assign(new Error("the database system is starting up"), { code: "57P03", severity: "FATAL" }),
      Object.assign(new Error("wrapped"), { cause: prisma("P1017", "Server has closed the connection.") }),
    ];
    for (const err of outages) expect(isDatabaseUnavailable(err), err.message).toBe(true);
    for (const err of [
      new Error("duplicate key value violates unique constraint"),
      Object.assign(new Error("value out of range"), { code: "22003", severity: "ERROR" }),
      null,
      "text",
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
    }
  });

  it("a client's socket is never the database: aborted bodies, resets and outgoing connections elsewhere", () => {
    noteDatabaseEndpoint("127.0.0.1", 5432);
    const clientSide = [
      // Node's IncomingMessage when the client drops the connection mid-body (FIN or RST).
      Object.assign(new Error("aborted"), { code: "ECONNRESET" }),
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET", syscall: "read", errno: -104 }),
      Object.assign(new Error("write EPIPE"), { code: "EPIPE", syscall: "write" }),
      Object.assign(new Error("The operation was aborted"), { name: "AbortError", code: "ABORT_ERR" }),
      Object.assign(new TypeError("terminated"), {
        cause: Object.assign(new Error("aborted"), { code: "ECONNRESET" }),
      }),
      Object.assign(new Error("Parse Error: Expected HTTP/"), { code: "HPE_INVALID_CONSTANT" }),
      new Error("Body exceeded 1 MB limit"),
      // An outgoing connection to some other service (SMTP, the OIDC issuer) is not the database.
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:587"), {
        code: "ECONNREFUSED",
        syscall: "connect",
        address: "127.0.0.1",
        port: 587,
      }),
      Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT" }),
    ];
    for (const err of clientSide) expect(isDatabaseUnavailable(err), err.message).toBe(false);
    expect(clientSide.slice(0, 5).every(isClientAbort)).toBe(true);
    expect(isClientAbort(new Error("Connection terminated unexpectedly"))).toBe(false);
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
    noteDatabaseFailure(
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        syscall: "connect",
        port: 5432,
      }),
      now,
    );
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
