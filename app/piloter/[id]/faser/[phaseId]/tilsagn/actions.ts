"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { customAmounts, pledgesSchema } from "@/lib/funding/schemas";
import { setPledges } from "@/lib/funding/pledges";

import { MAX_ID } from "@/lib/validation";
const schema = pledgesSchema.extend({ phaseId: z.coerce.number().int().positive().max(MAX_ID) }).catchall(z.unknown());

export const setPledgesAction = action(schema, async (input, user) => {
  const custom = input.splitKey === "CUSTOM" ? customAmounts(input) : undefined;
  if (custom && Object.values(custom).some((n) => Number.isNaN(n)))
    throw new AppError("BAD_REQUEST", "funding.amountWhole", { splitKey: "funding.amountWhole" });
  await setPledges(user, input.phaseId, { total: input.total, splitKey: input.splitKey, custom });
  revalidatePath("/piloter", "layout");
  return "funding.pledgesSaved";
});
