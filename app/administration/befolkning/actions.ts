"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/action";
import { updatePopulation } from "@/lib/organisations/population";

// The browser has read and previewed the file; the server parses the same text again.
const schema = z.object({
  file: z.string().min(1, "population.fileRequired").max(5_000_000, "population.fileHasProblems"),
});

export const updatePopulationAction = action(schema, async ({ file }, user) => {
  await updatePopulation(user, file);
  revalidatePath("/", "layout");
  return "population.saved";
});
