// Every server action goes through `action()`: parse with the form's zod schema, require and
// inject the signed-in user, map known errors to messages beside the fields, log unknown ones.
import "server-only";
import { z } from "zod";
import { currentUser, type SessionUser } from "./auth/session";
import { AppError, errorParams, isDatabaseUnavailable } from "./errors";
import { noteDatabaseAvailable, noteDatabaseFailure } from "./db/availability";
import { getT } from "./i18n/server";
import type { MessageKey } from "./i18n/messages";
import type { ActionState } from "./action-state";
import { invalidateReadCaches } from "./read-cache";

export type { ActionState };

const SECRET_FIELD = /password|secret|token|confirm/i;

function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELD.test(key)) values[key] = value;
  }
  return values;
}

type Handler = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function action<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<MessageKey | void>,
): Handler;
/** For the few actions a signed-out visitor may take (accepting an invitation): the user may be null. */
export function action<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser | null) => Promise<MessageKey | void>,
  opts: { signedOut: true },
): Handler;
export function action<S extends z.ZodType>(
  schema: S,
  run: (input: z.infer<S>, user: SessionUser) => Promise<MessageKey | void>,
  opts?: { signedOut: true },
): Handler {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const { t, locale } = await getT();
    const values = echo(formData);
    try {
      const user = await currentUser();
      if (!user && !opts?.signedOut) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
      // PostgreSQL cannot store U+0000 in text: refuse it beside the field rather than fail in the database.
      const nul = [...formData.entries()].find(([, v]) => typeof v === "string" && v.includes("\u0000"));
      if (nul) return { status: "error", fieldErrors: { [nul[0]]: t("errors.nulCharacter") }, values };
      const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "_form");
          // Our schemas name a message key; zod's own English text (a hidden field gone wrong) is not shown.
          const text = t(issue.message as MessageKey);
          fieldErrors[field] ??= text === issue.message ? t("errors.invalidField") : text;
        }
        return { status: "error", fieldErrors, values };
      }
      // The dashboard's cached figures may now be wrong: drop them, whether the action finished or
      // threw part-way (a failed one usually changed nothing; clearing is cheap either way).
      const done = await run(parsed.data, user as SessionUser).finally(invalidateReadCaches);
      // The database answered: the page this action leads to need not wait out an outage noted a
      // moment ago (it would get the 503 page although the decision was just saved).
      noteDatabaseAvailable();
      return { status: "ok", message: done ? t(done) : undefined };
    } catch (err) {
      if (err instanceof AppError) {
        const params = errorParams(err, locale);
        const fieldErrors =
          err.fields && Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, t(v, params)]));
        return { status: "error", message: t(err.messageKey, params), fieldErrors, values };
      }
      if (isDatabaseUnavailable(err)) {
        noteDatabaseFailure(err);
        return { status: "error", message: t("errors.unavailableNotSaved"), values };
      }
      console.error("server action failed", err);
      return { status: "error", message: t("errors.generic"), values };
    }
  };
}
