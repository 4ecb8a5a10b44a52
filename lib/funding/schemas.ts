// One zod schema per money form, shared by the client form, the server action and the API.
// Messages are i18n keys (lib/i18n/{da,en}/funding.json).
import { z } from "zod";
import { MAX_ID } from "../db/limits";
import { inDateRange, latestExpenseDay } from "../dates";

export const EXPENSE_CATEGORIES = ["UDSTYR", "LICENS", "KONSULENT", "PERSONALE", "DRIFT", "ANDET"] as const;
export const SPLIT_KEYS = ["EQUAL", "POPULATION", "POPULATION_TIERS", "CUSTOM"] as const;

/** Whole kroner from a form ("1.250.000", "1250000", " 1 250 000 kr.") or from JSON (a number). */
export const kroner = (required: string, invalid: string) =>
  z.preprocess(
    (v) => {
      if (typeof v !== "string") return v;
      const digits = v.replace(/\s|\.|kr\.?$/gi, "").trim();
      return digits === "" ? undefined : /^-?\d+$/.test(digits) ? Number(digits) : NaN;
    },
    z.number({ error: (issue) => (issue.input === undefined ? required : invalid) }).int(invalid).safe(invalid),
  );

const isoDate = (required: string, invalid: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), invalid)
    // Year 0000 passes the round trip and PostgreSQL then refuses it (a 500): refuse it here, beside the field.
    .refine(inDateRange, "errors.dateOutOfRange");

export const expenseSchema = z.object({
  amount: kroner("funding.amountRequired", "funding.amountWhole").pipe(
    z.number().positive("funding.amountPositive").max(1_000_000_000, "funding.amountTooLarge"),
  ),
  // Booked ahead of the payment day at most 30 days (Danish calendar), never years ahead.
  date: isoDate("funding.dateRequired", "funding.dateInvalid").refine((s) => s <= latestExpenseDay(), "funding.dateTooLate"),
  category: z.enum(EXPENSE_CATEGORIES, { error: "funding.categoryRequired" }),
  description: z.string({ error: "funding.descriptionRequired" }).trim().min(1, "funding.descriptionRequired").max(500, "funding.descriptionTooLong"),
});
export type ExpenseInput = z.infer<typeof expenseSchema>;

export const reversalSchema = z.object({
  expenseId: z.coerce.number().int().positive().max(MAX_ID),
  reason: z.string().trim().min(1, "funding.reasonRequired").max(500, "funding.descriptionTooLong"),
});

export const contributionSchema = z.object({
  year: z.coerce.number({ error: "funding.yearInvalid" }).int("funding.yearInvalid").min(2000, "funding.yearInvalid").max(2100, "funding.yearInvalid"),
  total: kroner("funding.amountRequired", "funding.amountWhole").pipe(z.number().positive("funding.amountPositive").max(10_000_000_000, "funding.amountTooLarge")),
  splitKey: z.enum(SPLIT_KEYS, { error: "funding.splitKeyRequired" }),
  note: z.string().trim().max(500, "funding.descriptionTooLong").optional(),
});

/** Custom split amounts arrive as form fields `custom_<organisationId>`. */
export function customAmounts(form: Record<string, unknown>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [key, value] of Object.entries(form)) {
    const m = /^custom_(\d+)$/.exec(key);
    if (!m) continue;
    const parsed = kroner("funding.amountRequired", "funding.amountWhole").safeParse(value === "" ? "0" : value);
    out[Number(m[1])] = parsed.success ? parsed.data : NaN;
  }
  return out;
}

export const pledgesSchema = z.object({
  total: kroner("funding.amountRequired", "funding.amountWhole").pipe(z.number().min(0, "funding.amountPositive").max(10_000_000_000, "funding.amountTooLarge")),
  splitKey: z.enum(SPLIT_KEYS, { error: "funding.splitKeyRequired" }),
});

export const approvalSchema = z.object({
  pilotId: z.coerce.number().int().positive().max(MAX_ID),
  grant: kroner("funding.amountRequired", "funding.amountWhole").pipe(z.number().positive("funding.amountPositive").max(1_000_000_000, "funding.amountTooLarge")),
});

export const sendBackSchema = z.object({
  pilotId: z.coerce.number().int().positive().max(MAX_ID),
  comment: z.string().trim().min(1, "funding.commentRequired").max(2000, "funding.descriptionTooLong"),
});
