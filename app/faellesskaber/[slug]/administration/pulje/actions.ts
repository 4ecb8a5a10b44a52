"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { contributionSchema, customAmounts } from "@/lib/funding/schemas";
import { recordContributions } from "@/lib/funding/pool";

import { MAX_ID } from "@/lib/validation";
const schema = contributionSchema
  .extend({ communityId: z.coerce.number().int().positive().max(MAX_ID) })
  .catchall(z.unknown());

export const recordContributionsAction = action(schema, async (input, user) => {
  const custom = input.splitKey === "CUSTOM" ? customAmounts(input) : undefined;
  if (custom && Object.values(custom).some((n) => Number.isNaN(n)))
    throw new AppError("BAD_REQUEST", "funding.amountWhole", { splitKey: "funding.amountWhole" });
  await recordContributions(user, input.communityId, {
    year: input.year,
    total: input.total,
    splitKey: input.splitKey,
    note: input.note,
    custom,
  });
  revalidatePath("/faellesskaber", "layout");
  return "funding.contributionsRecorded";
});
