// Field parsers shared by the result, KPI and lesson schemas. Each form is checked field by field
// inside one transform (lib/gates/form.ts's `field`), so one submit reports every bad field at once
// beside it, under the form's own names (PRODUCT.md rule 7).
import { z } from "zod";
import { AppError } from "../errors";
import type { MessageKey } from "../i18n/messages";
import { parseDecimal } from "../kpis/decimal";
import { MAX_VALUE } from "../kpis/csv";
import { danishDay } from "../kpis/time";
import { inDateRange } from "../dates";
import { MAX_ID } from "../db/limits";

/** Domain entry points validate with the form's schema and throw its field messages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, MessageKey> = {};
  for (const issue of r.error.issues) fields[String(issue.path[0] ?? "_form")] ??= issue.message as MessageKey;
  throw new AppError("BAD_REQUEST", "results.errors.checkFields", fields);
}

/** A measured quantity: Danish decimal comma or a point, within what a float holds exactly enough. */
export const decimal = (required: MessageKey, invalid: MessageKey) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseDecimal(v) ?? NaN)) : v),
    z.number({ error: (issue) => (issue.input === undefined ? required : invalid) }).min(-MAX_VALUE, "results.errors.numberTooLarge").max(MAX_VALUE, "results.errors.numberTooLarge"),
  );

export const optionalDecimal = (invalid: MessageKey) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), decimal(invalid, invalid).optional());

/** yyyy-mm-dd, a real day, not after today in Denmark: results and measurements report what happened. */
export const pastDay = (required: MessageKey, invalid: MessageKey, future: MessageKey) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), invalid)
    .refine(inDateRange, "errors.dateOutOfRange")
    .refine((s) => s <= danishDay(new Date()), future);

/** "sensorer, IoT ,  vand" → ["sensorer", "IoT", "vand"]: comma separated, trimmed, no repeats. */
export const tagList = z.preprocess(
  (v) => [...new Set((Array.isArray(v) ? v : String(v ?? "").split(",")).map((t) => String(t).trim()).filter(Boolean))],
  z.array(z.string().max(40, "results.errors.tagTooLong")).max(10, "results.errors.tooManyTags"),
);

export const positiveId = z.coerce.number({ error: "errors.notFound" }).int("errors.notFound").positive("errors.notFound").max(MAX_ID, "errors.notFound");
