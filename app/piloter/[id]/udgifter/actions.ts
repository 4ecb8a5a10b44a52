"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { expenseSchema, reversalSchema } from "@/lib/funding/schemas";
import { postExpense, reverseExpense } from "@/lib/funding/expenses";

import { MAX_ID } from "@/lib/validation";
// The phase travels in a hidden field; postExpense itself checks that the user may see and spend in it.
const expenseFormSchema = expenseSchema.extend({ phaseId: z.coerce.number().int().positive().max(MAX_ID) });

export const postExpenseAction = action(expenseFormSchema, async ({ phaseId, ...input }, user) => {
  await postExpense(user, phaseId, input);
  // The pilot page, its expense list and its exports all show the new sums.
  revalidatePath("/piloter/[id]", "layout");
  return "funding.expensePosted";
});

export const reverseExpenseAction = action(reversalSchema, async ({ expenseId, reason }, user) => {
  await reverseExpense(user, expenseId, reason);
  revalidatePath("/piloter/[id]", "layout");
  return "funding.expenseReversed";
});
