"use server";
// The KPI forms. Thin: the wrapper parses with the form's schema and injects the user; the domain
// decides everything. Saving a KPI moves on to its own page, where its measurements are entered.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, type ActionState } from "@/lib/action";
import { kpiSchema, measurementRefSchema, measurementSchema } from "@/lib/kpis/schemas";
import { saveKpi } from "@/lib/kpis/save";
import { addMeasurement, deleteMeasurement } from "@/lib/kpis/measurements";
import { importMeasurements } from "@/lib/kpis/import";

import { decodeCsvBytes } from "@/lib/exports/csv";
import { positiveId } from "@/lib/validation";
function refresh() {
  revalidatePath("/piloter/[id]", "layout");
}

export async function saveKpiAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  let saved: { pilotId: number; id: number } | null = null;
  const state = await action(kpiSchema, async (input, user) => {
    const kpi = await saveKpi(user, input);
    saved = { pilotId: input.pilotId, id: kpi.id };
    refresh();
  })(prev, formData);
  const done = saved as { pilotId: number; id: number } | null;
  if (state.status === "ok" && done) redirect(`/piloter/${done.pilotId}/kpi/${done.id}?gemt=1`);
  return state;
}

export const addMeasurementAction = action(measurementSchema, async (input, user) => {
  await addMeasurement(user, input);
  refresh();
  return "results.kpi.measurementSaved";
});

export const deleteMeasurementAction = action(measurementRefSchema, async ({ measurementId }, user) => {
  await deleteMeasurement(user, measurementId);
  refresh();
  return "results.kpi.deleted";
});

// With script, the browser reads the file into the text field (where the lead can correct it) and
// sends the text; without, the file itself arrives. The text wins when both are there.
const importFormSchema = z.object({
  kpiId: positiveId,
  csv: z.string().optional(),
  file: z.instanceof(File).optional(),
});

export const importMeasurementsAction = action(importFormSchema, async ({ kpiId, csv, file }, user) => {
  const text = csv?.trim()
    ? csv
    : file && file.size > 0
      ? decodeCsvBytes(new Uint8Array(await file.arrayBuffer()))
      : "";
  await importMeasurements(user, kpiId, text);
  refresh();
  return "results.csv.imported";
});
