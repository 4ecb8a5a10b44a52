// Next calls onRequestError for every error a page, route handler or server action did not handle.
// A database outage seen there arms the availability breaker (lib/db/availability.ts), so the
// following page requests get the clear 503 page rather than one error page each.
import { noteDatabaseFailure } from "./lib/db/availability";
import { isDatabaseUnavailable } from "./lib/errors";

export function register() {}

export function onRequestError(err: unknown) {
  if (isDatabaseUnavailable(err)) noteDatabaseFailure(err);
}
