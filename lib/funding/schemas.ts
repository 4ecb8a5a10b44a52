// One zod schema per money form, shared by the client form, the server action and the API.
// Messages are i18n keys (lib/i18n/{da,en}/funding.json).
import { z } from "zod";
import { isoDate, kroner, MAX_ID, requestKey } from "../validation";
import { latestExpenseDay } from "../dates";

import { EXPENSE_CATEGORIES, SPLIT_KEYS } from "./choices";
export { EXPENSE_CATEGORIES, SPLIT_KEYS };

export const expenseSchema = z.object({
  amount: kroner("funding.amountRequired", "funding.amountWhole").pipe(
    z.number().positive("funding.amountPositive").max(1_000_000_000, "funding.amountTooLarge"),
  ),
  // Booked ahead of the payment day at most 30 days (Danish calendar), never years ahead.
  date: isoDate("funding.dateRequired", "funding.dateInvalid").refine(
    (s) => s <= latestExpenseDay(),
    "funding.dateTooLate",
  ),
  category: z.enum(EXPENSE_CATEGORIES, { error: "funding.categoryRequired" }),
  description: z
    .string({ error: "funding.descriptionRequired" })
    .trim()
    .min(1, "funding.descriptionRequired")
    .max(500, "funding.descriptionTooLong"),
  requestKey,
});
export type ExpenseInput = z.infer<typeof expenseSchema>;

export const reversalSchema = z.object({
  expenseId: z.coerce.number().int().positive().max(MAX_ID),
  reason: z.string().trim().min(1, "funding.reasonRequired").max(500, "funding.descriptionTooLong"),
});

export const contributionSchema = z.object({
  year: z.coerce
    .number({ error: "funding.yearInvalid" })
    .int("funding.yearInvalid")
    .min(2000, "funding.yearInvalid")
    .max(2100, "funding.yearInvalid"),
  total: kroner("funding.amountRequired", "funding.amountWhole").pipe(
    z.number().positive("funding.amountPositive").max(10_000_000_000, "funding.amountTooLarge"),
  ),
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
  total: kroner("funding.amountRequired", "funding.amountWhole").pipe(
    z.number().min(0, "funding.amountPositive").max(10_000_000_000, "funding.amountTooLarge"),
  ),
  splitKey: z.enum(SPLIT_KEYS, { error: "funding.splitKeyRequired" }),
});

export const approvalSchema = z.object({
  pilotId: z.coerce.number().int().positive().max(MAX_ID),
  grant: kroner("funding.amountRequired", "funding.amountWhole").pipe(
    z.number().positive("funding.amountPositive").max(1_000_000_000, "funding.amountTooLarge"),
  ),
  requestKey,
});

export const sendBackSchema = z.object({
  pilotId: z.coerce.number().int().positive().max(MAX_ID),
  comment: z.string().trim().min(1, "funding.commentRequired").max(2000, "funding.descriptionTooLong"),
});
