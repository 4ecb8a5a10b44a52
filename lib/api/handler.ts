// One wrapper for every route handler: known errors become JSON `{error: {code, message, fields?}}`
// with their status, an unreachable database a 503, anything else a logged 500 without a stack.
import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS, isDatabaseUnavailable } from "../errors";
import { translator } from "../i18n/messages";

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

export function apiError(status: number, code: string, message: string, fields?: Record<string, string>, details?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}), ...details } }, { status });
}

export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    try {
      return await handler(req, ctx);
    } catch (err) {
      const t = translator(req.headers.get("accept-language")?.startsWith("en") ? "en" : "da");
      if (err instanceof AppError) {
        const { params, apiCode, details } = err.extra;
        const fields = err.fields && Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, t(v, params)]));
        return apiError(HTTP_STATUS[err.code], apiCode ?? err.code, t(err.messageKey, params), fields, details);
      }
      if (isDatabaseUnavailable(err)) return apiError(503, "UNAVAILABLE", t("errors.unavailable"));
      console.error("route handler failed", req.method, new URL(req.url).pathname, err);
      return apiError(500, "INTERNAL", t("errors.generic"));
    }
  };
}
