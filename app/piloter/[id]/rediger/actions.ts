"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { submitPilot, updatePilot } from "@/lib/pilots/authoring";
import { pilotRefSchema, updatePilotFormSchema } from "@/lib/pilots/schemas";

// The pilot's own page, its edit and phase pages and the lists all show what changed.
const refresh = (pilotId: number) => {
  revalidatePath(`/piloter/${pilotId}`, "layout");
  revalidatePath("/piloter");
};

export const updatePilotAction = action(updatePilotFormSchema, async ({ pilotId, version, ...input }, user) => {
  await updatePilot(user, pilotId, input, version);
  refresh(pilotId);
  return "pilots.edit.saved";
});

export const submitPilotAction = action(pilotRefSchema, async ({ pilotId }, user) => {
  await submitPilot(user, pilotId);
  refresh(pilotId);
  return "pilots.edit.submitted";
});
