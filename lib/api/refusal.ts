// Refusals of the API layer itself (credentials, throttling), as opposed to the domain's AppError:
// they need statuses and headers the domain never uses (429 with Retry-After, 401 with
// WWW-Authenticate). lib/api/handler.ts turns them into the same JSON error body.
import type { MessageKey } from "../i18n/messages";

export class ApiRefusal extends Error {
  constructor(
    readonly status: 401 | 403 | 429,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(messageKey);
    this.name = "ApiRefusal";
  }
}

/** RFC 6750: a 401 for a bad bearer token names the scheme and the error. */
const INVALID_TOKEN_HEADER = { "WWW-Authenticate": 'Bearer error="invalid_token"' };

export const invalidToken = (messageKey: MessageKey = "api.errors.tokenInvalid") =>
  new ApiRefusal(401, "invalid_token", messageKey, {}, INVALID_TOKEN_HEADER);

export const readOnlyToken = () => new ApiRefusal(403, "read_only_token", "api.errors.readOnly");

export const throttled = (seconds: number) =>
  new ApiRefusal(429, "TOO_MANY_REQUESTS", "api.errors.throttled", { seconds }, { "Retry-After": String(seconds) });

/** A cookie-authenticated write from another site (lib/security/csrf.ts). */
export const crossSiteRefused = () => new ApiRefusal(403, "CROSS_SITE_REQUEST", "security.errors.crossSite");
