"use server";
// Thin: parse, inject the user; lib/tripwire/setting.ts authorizes and saves.
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { evidenceShareSchema, setEvidenceShare } from "@/lib/tripwire/setting";

export const setEvidenceShareAction = action(evidenceShareSchema, async (input, user) => {
  await setEvidenceShare(user, input);
  revalidatePath("/faellesskaber/[slug]/administration", "page");
  return "tripwire.settingSaved";
});
