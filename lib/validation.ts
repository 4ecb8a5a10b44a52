// Validation every domain shares: one zod "parse or throw" for domain entry points, the field
// messages of a failed parse, and the id rules. Forms and the API report every bad field at once,
// beside it, under the form's own names (PRODUCT.md rule 7).
import { z } from "zod";
import { AppError } from "./errors";
import type { MessageKey } from "./i18n/messages";
import { parseDecimal } from "./decimal";
import { danishDay, inDateRange } from "./dates";
import { parseKronerInput } from "./format";

/**
 * Ids are PostgreSQL `integer` columns: a larger number can name no row, and sent to the database it
 * is an out-of-range error (a 500), not "not found". Ids are refused up front beyond this.
 */
export const MAX_ID = 2_147_483_647;

/** A zod issue list as field messages: the first message per field, under the field's own name. */
export function fieldErrors(
  issues: readonly { path: PropertyKey[]; message: string }[],
  fallback = "_form",
): Record<string, MessageKey> {
  const fields: Record<string, MessageKey> = {};
  for (const issue of issues) fields[String(issue.path[0] ?? fallback)] ??= issue.message as MessageKey;
  return fields;
}

/** Domain entry points validate with the form's own schema and throw its field messages (400). */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  summary: MessageKey = "errors.checkFields",
): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw new AppError("BAD_REQUEST", summary, fieldErrors(r.error.issues));
}

/** A row id from a form or query: a positive 32-bit integer, or the given message. */
export const idSchema = (message: string) =>
  z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message);

/**
 * A 32-bit positive id from a path segment, a query value or JSON, or null (a 404 or a 400, not a
 * 500). Strings must be plain digits without a sign, leading zero, space or exponent.
 */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= MAX_ID ? raw : null;
  if (typeof raw !== "string" || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}

export const isId = (raw: unknown): raw is number | string => parseId(raw) !== null;

/** Whole kroner from a form ("1.250.000", "1250000", " 1 250 000 kr.", "1,250,000") or from JSON (a number). */
export const kroner = (required: string, invalid: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? parseKronerInput(v) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .int(invalid)
      .safe(invalid),
  );

/** yyyy-mm-dd, a real calendar day. */
export const isoDate = (required: string, invalid: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    // 2026-02-30 matches the pattern but is no date: the round trip through Date catches it.
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      invalid,
    )
    // Year 0000 passes the round trip and PostgreSQL then refuses it (a 500): refuse it here, beside the field.
    .refine(inDateRange, "errors.dateOutOfRange");

/** A measured quantity beyond this is a typing error, not a reading (and past what a float holds exactly enough). */
export const MAX_VALUE = 1e12;

/** A measured quantity: Danish decimal comma or a point. */
export const decimal = (required: MessageKey, invalid: MessageKey) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : (parseDecimal(v) ?? NaN)) : v),
    z
      .number({ error: (issue) => (issue.input === undefined ? required : invalid) })
      .min(-MAX_VALUE, "results.errors.numberTooLarge")
      .max(MAX_VALUE, "results.errors.numberTooLarge"),
  );

export const optionalDecimal = (invalid: MessageKey) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), decimal(invalid, invalid).optional());

/** yyyy-mm-dd, a real day, not after today in Denmark: results and measurements report what happened. */
export const pastDay = (required: MessageKey, invalid: MessageKey, future: MessageKey) =>
  isoDate(required, invalid).refine((s) => s <= danishDay(), future);

/** "sensorer, IoT ,  vand" → ["sensorer", "IoT", "vand"]: comma separated, trimmed, no repeats. */
export const tagList = z.preprocess(
  (v) => [...new Set((Array.isArray(v) ? v : String(v ?? "").split(",")).map((t) => String(t).trim()).filter(Boolean))],
  z.array(z.string().max(40, "results.errors.tagTooLong")).max(10, "results.errors.tooManyTags"),
);

export const positiveId = idSchema("errors.notFound");

// Form fields, checked one by one inside one transform, so a single submit reports every bad field
// at once (PRODUCT.md rule 7) under the form's own names — whether the input came from a browser form
// or from a test calling the domain.

export type Raw = Record<string, unknown>;

/** A parsed shape as callers may hand it in: keys whose value may be undefined may be left out. */
export type Loose<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: T[K];
};

export function asRecord(raw: unknown): Raw {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Raw) : {};
}

export function fail(ctx: z.RefinementCtx, key: string, message: MessageKey) {
  ctx.addIssue({ code: "custom", message, path: [key] });
}

/** Parses one field with its own schema; on failure records the issue under `key`. */
export function field<T>(
  ctx: z.RefinementCtx,
  raw: Raw,
  key: string,
  schema: z.ZodType<T>,
  source: string = key,
): T | undefined {
  const r = schema.safeParse(raw[source]);
  if (r.success) return r.data;
  ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "errors.generic", path: [key] });
  return undefined;
}

export const text = (required: MessageKey, tooLong: MessageKey, max = 5000) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

export const optionalText = (tooLong: MessageKey, max = 5000) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, tooLong).optional(),
  );

/** Numbered form rows: `condition_2_text` → rows[2].text, in the order of their numbers. */
export function rows(raw: Raw, prefix: string): Record<string, string>[] {
  const found = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(raw)) {
    const m = new RegExp(`^${prefix}_(\\d+)_(\\w+)$`).exec(key);
    if (!m || typeof value !== "string") continue;
    const row = found.get(Number(m[1])) ?? {};
    row[m[2]] = value;
    found.set(Number(m[1]), row);
  }
  return [...found].sort(([a], [b]) => a - b).map(([n, row]) => ({ ...row, n: String(n) }));
}

/** Checkbox names that carry their value: `adopter:12=on` → [12]. */
export function checked(raw: Raw, prefix: string): number[] {
  return Object.keys(raw)
    .filter((k) => k.startsWith(prefix) && raw[k])
    .map((k) => Number(k.slice(prefix.length)))
    .filter(Number.isInteger);
}

/** The key a money-moving form carries so a retry is answered once (lib/db/once.ts); a malformed one is just no key. */
export const requestKey = z.preprocess(
  (v) => (typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined),
  z.string().optional(),
);
