// The audit trail's filter form (a GET form: the filter lives in the URL, so it can be shared and
// bookmarked). Dates are whole days in Danish time, both ends included.
import { z } from "zod";
import { AUDIT_TOPIC_KEYS } from "./kinds";

import { MAX_ID } from "../validation";
const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const s = firstValue(v);
  return s === "" || s === null ? undefined : s;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  // 2026-02-30 parses (as 2 March) and 2026-13-40 does not: both are refused.
  return DAY.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
const day = z.string().refine(isRealDay, "admin.audit.dateInvalid");

export const auditFilterSchema = z
  .object({
    topic: z.preprocess(blankToUndefined, z.enum(AUDIT_TOPIC_KEYS, { error: "audit.page.topicInvalid" }).optional()),
    actor: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: "admin.audit.actorInvalid" })
        .int("admin.audit.actorInvalid")
        .positive("admin.audit.actorInvalid")
        .max(MAX_ID, "admin.audit.actorInvalid")
        .optional(),
    ),
    from: z.preprocess(blankToUndefined, day.optional()),
    to: z.preprocess(blankToUndefined, day.optional()),
    // A page number out of range is not worth an error message: it falls back to the first page.
    page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1)),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "admin.audit.rangeInvalid", path: ["to"] });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Midnight in Copenhagen of the given calendar day, as an instant (DST-aware). */
export function copenhagenMidnight(year: number, month: number, dayOfMonth: number): Date {
  const asUtc = Date.UTC(year, month - 1, dayOfMonth);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Copenhagen",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    })
      .formatToParts(new Date(asUtc))
      .map((p) => [p.type, Number(p.value)]),
  );
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return new Date(asUtc - (wallClock - asUtc));
}

/** The instants [gte, lt) that the filter's from/to days cover. */
export function dayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  const split = (s: string) => s.split("-").map(Number) as [number, number, number];
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = copenhagenMidnight(...split(from));
  if (to) {
    const [y, m, d] = split(to);
    range.lt = copenhagenMidnight(y, m, d + 1);
  }
  return range;
}
