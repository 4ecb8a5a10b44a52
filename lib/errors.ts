// Typed application errors, mapped to HTTP status and user messages in one place.
import type { MessageKey } from "./i18n/messages";
import type { Locale } from "./i18n/locales";
import { formatKroner } from "./format";
import { isDatabaseOutage } from "./db/outage";

export type AppErrorCode = "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "UNAVAILABLE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

export type AppErrorExtra = {
  /**
   * Values for the message's {placeholders}. Amounts stay numbers, `{ kroner: n }`, and are formatted
   * in the reader's language where the message is written (errorParams), never by the domain.
   */
  params?: Record<string, ParamValue>;
  /** A more specific machine-readable code for the API (e.g. "grant_exceeded"). */
  apiCode?: string;
  /** Extra fields of the API error body (e.g. `remaining`). */
  details?: Record<string, unknown>;
};

export type ParamValue = string | number | { kroner: number };

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: MessageKey,
    /** Field messages (message keys) shown beside the form fields. */
    readonly fields?: Record<string, MessageKey>,
    readonly extra: AppErrorExtra = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

/** The error's placeholders for a reader: "12.500 kr." in Danish, "DKK 12,500" in English. */
export function errorParams(err: AppError, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(err.extra.params ?? {}))
    out[k] = typeof v === "object" ? formatKroner(v.kroner, locale) : v;
  return out;
}

/**
 * A database that cannot be reached is an outage (503), not a bug (500). Decided from the database
 * driver's own errors only, never from a client's socket (lib/db/outage.ts, issue 15).
 */
export const isDatabaseUnavailable = isDatabaseOutage;
