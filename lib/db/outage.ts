// Which errors mean "the database is away" (issue 15, finding 1). Only the database driver's own
// reports count: Prisma's connection errors, a PostgreSQL or PGlite error with a connection SQLSTATE,
// pg's own messages about its connection, and a socket error that pg raised while connecting to the
// database. A client's socket (an aborted request body: "aborted" with ECONNRESET, a body longer than
// its Content-Length) raises errors that look alike by code, and once armed the outage breaker answers
// every page with 503: so a bare ECONNRESET, ETIMEDOUT or EPIPE is never read as an outage.
// Plain module: the proxy, instrumentation.ts and the wrappers all ask it.

/** Prisma's codes for "cannot reach / lost the server" (P1001 not reachable, P1002 timed out, P1008 socket timeout, P1017 closed). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** Driver-adapter error kinds (@prisma/driver-adapter-utils) that mean the connection is gone. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** SQLSTATE: 57P01–57P03 shutdown / cannot connect now, class 08 connection exceptions. */
const SQLSTATE = /^(57P0[123]|08[0-9A-Z]{3})$/;
/** Messages that only pg, pg-pool and PGlite write, all about their connection to the database. */
const DRIVER_MESSAGES =
  /(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable|Cannot use a pool after calling end on the pool|PGlite is closed)/i;

type ErrorLike = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  severity?: unknown;
  syscall?: unknown;
  clientVersion?: unknown;
  meta?: unknown;
  cause?: unknown;
};

const text = (v: unknown) => (typeof v === "string" ? v : "");

/** The database's own endpoint (host and port, or the Unix socket folder), set by lib/db/connect.ts. */
const state = globalThis as unknown as { __innovationsmotorDbEndpoint?: { host: string; port: number } };

export function noteDatabaseEndpoint(host: string, port: number) {
  state.__innovationsmotorDbEndpoint = { host, port };
}

/** A socket error of an outgoing connection to the database's own address (pg-pool rejects with these). */
function isDatabaseSocket(err: ErrorLike): boolean {
  const endpoint = state.__innovationsmotorDbEndpoint;
  if (!endpoint || err.syscall !== "connect") return false;
  const { address, port } = err as { address?: unknown; port?: unknown };
  // A Unix socket's path is "<folder>/.s.PGSQL.<port>"; a TCP error carries the port.
  return port === endpoint.port || (typeof address === "string" && address.startsWith(`${endpoint.host}/.s.PGSQL.`));
}

const isPrisma = (err: ErrorLike) => err.clientVersion !== undefined || text(err.name).startsWith("PrismaClient");

function isOwnOutage(err: ErrorLike): boolean {
  if (PRISMA_CODES.has(text(err.code)) && isPrisma(err)) return true;
  // Prisma's error for a driver-adapter failure carries the adapter's own error in meta.
  const adapter = (
    err.meta as
      { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } } | undefined
  )?.driverAdapterError?.cause;
  if (adapter && (ADAPTER_KINDS.has(text(adapter.kind)) || SQLSTATE.test(text(adapter.originalCode ?? adapter.code))))
    return true;
  if (text(err.name) === "DriverAdapterError") {
    const cause = err.cause as { kind?: unknown; code?: unknown; originalCode?: unknown } | undefined;
    if (cause && (ADAPTER_KINDS.has(text(cause.kind)) || SQLSTATE.test(text(cause.originalCode ?? cause.code))))
      return true;
  }
  // pg's (and PGlite's) DatabaseError: a SQLSTATE and a severity, as the server sent them.
  if (typeof err.severity === "string" && SQLSTATE.test(text(err.code))) return true;
  // pg's own errors start with its message; Prisma may quote it inside its own (or name the server).
  const message = text(err.message);
  if (message.search(DRIVER_MESSAGES) === 0) return true;
  if (
    isPrisma(err) &&
    (DRIVER_MESSAGES.test(message) || /Can't reach database server|Server has closed the connection/i.test(message))
  )
    return true;
  return isDatabaseSocket(err);
}

/** A database that cannot be reached is an outage (503), not a bug (500); a client's socket is neither. */
export function isDatabaseOutage(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as ErrorLike;
  return isOwnOutage(e) || isDatabaseOutage(e.cause, depth + 1);
}

/**
 * The client went away mid-request (an aborted body, a reset socket, the response stream closed):
 * nothing to answer and nothing to log as a fault of ours. Only errors with no database origin.
 */
export function isClientAbort(err: unknown): boolean {
  if (!err || typeof err !== "object" || isDatabaseOutage(err)) return false;
  const e = err as ErrorLike;
  if (text(e.name) === "AbortError" || text(e.name) === "ResponseAborted") return true;
  if (/^(ECONNRESET|ECONNABORTED|EPIPE|ERR_STREAM_PREMATURE_CLOSE)$/.test(text(e.code)) && e.syscall !== "connect")
    return true;
  return text(e.message) === "aborted" || (e.cause !== undefined && isClientAbort(e.cause));
}
