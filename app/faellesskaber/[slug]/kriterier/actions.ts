"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { criteriaFormSchema } from "@/lib/gates/criteria-schema";
import { saveCriteria } from "@/lib/gates/criteria";

export const saveCriteriaAction = action(criteriaFormSchema, async (input, user) => {
  await saveCriteria(user, input);
  revalidatePath("/faellesskaber/[slug]/kriterier", "page");
  return "gates.criteria.saved";
});
