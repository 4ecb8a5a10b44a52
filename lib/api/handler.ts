// One wrapper for every route handler: it resolves the caller once (bearer token, session or
// nobody), refuses a read-only token on a write route before any body is read, and turns known
// errors into JSON `{error: {code, message, fields?}}` with their status; an unreachable database
// is a 503, anything else a logged 500 without a stack.
import "server-only";
import { NextResponse } from "next/server";
import { AppError, errorParams, HTTP_STATUS, isDatabaseUnavailable } from "../errors";
import { translator } from "../i18n/messages";
import { noteDatabaseFailure, RETRY_AFTER_SECONDS } from "../db/availability";
import { isClientAbort } from "../db/outage";
import { apiLocale } from "./locale";
import { resolveCaller, type ApiCaller, type ResolveCaller } from "./caller";
import { ApiRefusal, crossSiteRefused, readOnlyToken } from "./refusal";
import { isCrossSite, isUnsafeMethod } from "../security/csrf";
import { invalidateReadCaches } from "../read-cache";

type Handler<C> = (req: Request, ctx: C, caller: ApiCaller) => Promise<Response>;

export type RouteOptions = {
  /** A route that changes data: a READ token gets 403 here, whatever the domain would say. */
  write?: boolean;
  /** Who is calling. Defaults to the request's token or session; tests inject a user. */
  caller?: ResolveCaller;
};

export function apiError(
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
  details?: Record<string, unknown>,
  headers?: Record<string, string>,
) {
  return NextResponse.json(
    { error: { code, message, ...(fields ? { fields } : {}), ...details } },
    { status, headers },
  );
}

export const apiTranslator = (req: Request) => translator(apiLocale(req));

/**
 * PostgreSQL can neither store nor compare U+0000, so a search term holding one would fail in the
 * database (a 500). In a query string it carries no meaning: it is dropped. (Bodies: readJsonBody.)
 */
function withoutNul(req: Request): Request {
  const url = new URL(req.url);
  if (req.method !== "GET" && req.method !== "HEAD") return req;
  if (![...url.searchParams].some(([k, v]) => k.includes("\0") || v.includes("\0"))) return req;
  const clean = new URLSearchParams(
    [...url.searchParams].map(([k, v]) => [k.replaceAll("\0", ""), v.replaceAll("\0", "")]),
  );
  url.search = clean.toString();
  return new Request(url, req);
}

/** Member data must not sit in a shared cache or the browser's history: every answer to a signed-in caller. */
function privately(res: Response): Response {
  try {
    res.headers.set("Cache-Control", "private, no-store");
    return res;
  } catch {
    // An immutable response (a fetched one passed through): copy it.
    const copy = new Response(res.body, res);
    copy.headers.set("Cache-Control", "private, no-store");
    return copy;
  }
}

export function apiRoute<C>(
  handler: Handler<C>,
  options: RouteOptions = {},
): (req: Request, ctx: C) => Promise<Response> {
  const inner = answer(handler, options);
  return async (req, ctx) => {
    const signedIn = { value: false };
    const res = await inner(req, ctx, signedIn);
    return signedIn.value ? privately(res) : res;
  };
}

function answer<C>(
  handler: Handler<C>,
  options: RouteOptions,
): (req: Request, ctx: C, signedIn: { value: boolean }) => Promise<Response> {
  return async (req, ctx, signedIn) => {
    // A request with credentials is answered privately whether or not they turn out valid.
    signedIn.value =
      req.headers.has("authorization") ||
      /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token/.test(req.headers.get("cookie") ?? "");
    try {
      req = withoutNul(req);
      const caller = await (options.caller ?? resolveCaller)(req);
      if (options.write && caller.token && caller.token.access !== "WRITE") throw readOnlyToken();
      // CSRF: a browser session may only change data from this site's own pages (lib/security/csrf.ts).
      if (caller.user && !caller.token && (options.write || isUnsafeMethod(req.method)) && isCrossSite(req))
        throw crossSiteRefused();
      const writes = options.write || isUnsafeMethod(req.method);
      // A write drops the cached figures on this instance (lib/read-cache.ts); a
      // streamed import clears them again when its work ends (lib/imports/stream.ts).
      return writes ? await handler(req, ctx, caller).finally(invalidateReadCaches) : await handler(req, ctx, caller);
    } catch (err) {
      const t = apiTranslator(req);
      if (err instanceof ApiRefusal)
        return apiError(err.status, err.code, t(err.messageKey, err.params), undefined, undefined, err.headers);
      if (err instanceof AppError) {
        const { apiCode, details } = err.extra;
        const params = errorParams(err, apiLocale(req));
        // A field message that is not one of our keys is zod's English default: never shown as such.
        const fields =
          err.fields &&
          Object.fromEntries(
            Object.entries(err.fields).map(([k, v]) => [
              k,
              t(v, params) === v ? t("errors.invalidField") : t(v, params),
            ]),
          );
        return apiError(HTTP_STATUS[err.code], apiCode ?? err.code, t(err.messageKey, params), fields, details);
      }
      if (isDatabaseUnavailable(err)) {
        noteDatabaseFailure(err);
        return apiError(503, "UNAVAILABLE", t("errors.unavailable"), undefined, undefined, {
          "Retry-After": String(RETRY_AFTER_SECONDS),
        });
      }
      // The client went away mid-body: nobody reads this answer, and it is no fault of ours to log.
      if (isClientAbort(err)) return apiError(400, "BAD_REQUEST", t("errors.invalidField"));
      console.error("route handler failed", req.method, new URL(req.url).pathname, err);
      return apiError(500, "INTERNAL", t("errors.generic"));
    }
  };
}
