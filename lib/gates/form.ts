// Helpers for the gate schemas. A form is checked field by field inside one transform, so a single
// submit reports every bad field at once (PRODUCT.md rule 7) under the form's own field names —
// the same names whether the input came from a browser form or from a test calling the domain.
import { z } from "zod";
import { AppError } from "../errors";
import type { MessageKey } from "../i18n/messages";
import { MAX_ID } from "../db/limits";

export type Raw = Record<string, unknown>;

/** A parsed shape as callers may hand it in: keys whose value may be undefined may be left out. */
export type Loose<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] };

export function asRecord(raw: unknown): Raw {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Raw) : {};
}

export function fail(ctx: z.RefinementCtx, key: string, message: MessageKey) {
  ctx.addIssue({ code: "custom", message, path: [key] });
}

/** Parses one field with its own schema; on failure records the issue under `key`. */
export function field<T>(ctx: z.RefinementCtx, raw: Raw, key: string, schema: z.ZodType<T>, source: string = key): T | undefined {
  const r = schema.safeParse(raw[source]);
  if (r.success) return r.data;
  ctx.addIssue({ code: "custom", message: r.error.issues[0]?.message ?? "errors.generic", path: [key] });
  return undefined;
}

export const id = (message: MessageKey) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message);

export const text = (required: MessageKey, tooLong: MessageKey, max = 5000) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);

export const optionalText = (tooLong: MessageKey, max = 5000) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, tooLong).optional());

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
  return Object.keys(raw).filter((k) => k.startsWith(prefix) && raw[k]).map((k) => Number(k.slice(prefix.length))).filter(Number.isInteger);
}

/** Domain entry points validate with the same schema as the form and throw the field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, MessageKey> = {};
  for (const issue of r.error.issues) fields[String(issue.path[0] ?? "_form")] ??= issue.message as MessageKey;
  throw new AppError("BAD_REQUEST", "gates.errors.checkFields", fields);
}

/** Today in Denmark as yyyy-mm-dd: due dates and deadlines are Danish calendar days. */
export function todayInDenmark(at = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(at);
}

/** The due date a new review form suggests: three weeks ahead, time for a gate meeting. */
export function suggestedDueDate(): string {
  return todayInDenmark(new Date(Date.now() + 21 * 86_400_000));
}
