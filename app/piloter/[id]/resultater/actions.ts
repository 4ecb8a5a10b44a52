"use server";
// Thin: the wrapper parses with the log's schema and injects the user; logResult decides the rest.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { resultSchema } from "@/lib/results/schemas";
import { logResult } from "@/lib/results/log";

export const logResultAction = action(resultSchema, async (input, user) => {
  await logResult(user, input);
  // The log, the pilot page's latest results and its timeline all show the new entry.
  revalidatePath("/piloter/[id]", "layout");
  return "results.log.saved";
});
