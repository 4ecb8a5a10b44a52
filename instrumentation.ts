// Next calls onRequestError for every error a page, route handler or server action did not handle.
// A database outage seen there arms the availability breaker (lib/db/availability.ts), so the
// following page requests get the clear 503 page rather than one error page each.
import { noteDatabaseFailure } from "./lib/db/availability";
import { isDatabaseUnavailable } from "./lib/errors";

export async function register() {
  // The client address for throttling comes from the socket (or the trusted proxies), stamped on each
  // request before Next handles it (lib/security/client-address.ts). Only the Node runtime has sockets.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { installClientAddressHook } = await import("./lib/security/client-address");
  await installClientAddressHook(env.TRUSTED_PROXY_HOPS);
}

export function onRequestError(err: unknown) {
  if (isDatabaseUnavailable(err)) noteDatabaseFailure(err);
}
