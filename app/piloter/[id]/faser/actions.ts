"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { planPhase, updatePhasePlan } from "@/lib/pilots/phases";
import { planPhaseSchema, updatePhaseSchema } from "@/lib/pilots/schemas";

// A phase plan shows on the pilot's pages, in the lists' current phase and in the approval queue.
const refresh = () => revalidatePath("/", "layout");

export const planPhaseAction = action(planPhaseSchema, async ({ pilotId, kind, ...plan }, user) => {
  await planPhase(user, pilotId, kind, plan);
  refresh();
  return "pilots.phases.planned";
});

export const updatePhaseAction = action(updatePhaseSchema, async ({ phaseId, version, ...plan }, user) => {
  await updatePhasePlan(user, phaseId, plan, version);
  refresh();
  return "pilots.phases.saved";
});
