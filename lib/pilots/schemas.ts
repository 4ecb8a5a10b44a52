// One zod schema per pilot form, shared by the client forms, the server actions and the domain
// tests; every message is a message key (lib/i18n/{da,en}/pilots.json). The action wrapper reads a
// form as one value per name, so each checkbox carries its value in its name ("tech:IoT=on") and
// `fromCheckboxes` turns those into lists before the object schema sees them.
import { z } from "zod";
import { DOMAINS, TECHNOLOGIES, VISIBILITIES } from "./tags";

import { idSchema, isoDate, kroner, MAX_ID } from "../validation";
export const PHASE_KINDS = ["TEST", "DEMONSTRATION", "SCALE"] as const;

import { FLAG } from "./choices";
export { FLAG };

const text = (required: string, tooLong: string, max = 5000) =>
  z.string({ error: required }).trim().min(1, required).max(max, tooLong);
const unique = <T>(list: T[]) => [...new Set(list)];

/** Whatever the form or a test hands in, the domain sees the fields as clean lists. */
export function fromCheckboxes(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...raw };
  for (const [field, prefix] of Object.entries(FLAG)) {
    if (Array.isArray(out[field])) continue;
    const picked = Object.keys(raw)
      .filter((k) => k.startsWith(prefix))
      .map((k) => k.slice(prefix.length));
    out[field] = field === "sdgs" || field === "participantIds" ? picked.map(Number) : picked;
  }
  return out;
}

const pilotFields = z.object({
  title: z
    .string({ error: "pilots.errors.titleRequired" })
    .trim()
    .min(1, "pilots.errors.titleRequired")
    .min(3, "pilots.errors.titleTooShort")
    .max(200, "pilots.errors.titleTooLong"),
  problem: text("pilots.errors.problemRequired", "pilots.errors.textTooLong"),
  hypothesis: text("pilots.errors.hypothesisRequired", "pilots.errors.textTooLong"),
  technologies: z
    .array(z.enum(TECHNOLOGIES, { error: "pilots.errors.tagUnknown" }))
    .min(1, "pilots.errors.technologiesRequired")
    .transform(unique),
  domains: z
    .array(z.enum(DOMAINS, { error: "pilots.errors.tagUnknown" }))
    .min(1, "pilots.errors.domainsRequired")
    .transform(unique),
  sdgs: z
    .array(
      z.number().int("pilots.errors.sdgUnknown").min(1, "pilots.errors.sdgUnknown").max(17, "pilots.errors.sdgUnknown"),
    )
    .default([])
    .transform((l) => unique(l).sort((a, b) => a - b)),
  leadOrganisationId: idSchema("pilots.errors.leadOrganisationRequired"),
  // The lead organisation always takes part; the domain adds it, so the list may leave it out.
  participantIds: z
    .array(
      z
        .number()
        .int("pilots.errors.participantUnknown")
        .positive("pilots.errors.participantUnknown")
        .max(MAX_ID, "pilots.errors.participantUnknown"),
    )
    .default([])
    .transform(unique),
  visibility: z.enum(VISIBILITIES, { error: "pilots.errors.visibilityRequired" }),
});

export const createPilotSchema = pilotFields.extend({ communityId: idSchema("pilots.errors.communityRequired") });
export const updatePilotSchema = pilotFields.extend({
  pilotId: idSchema("errors.notFound"),
  version: idSchema("pilots.errors.stale"),
});

export const createPilotFormSchema = z.preprocess(fromCheckboxes, createPilotSchema);
export const updatePilotFormSchema = z.preprocess(fromCheckboxes, updatePilotSchema);
export const pilotRefSchema = z.object({ pilotId: idSchema("errors.notFound") });

export type PilotInput = z.infer<typeof pilotFields>;
export type CreatePilotInput = z.infer<typeof createPilotSchema>;

/** The pilot's own columns of a form's input (its participants are rows of their own). */
export function pilotData(input: PilotInput) {
  const { title, problem, hypothesis, technologies, domains, sdgs, leadOrganisationId, visibility } = input;
  return { title, problem, hypothesis, technologies, domains, sdgs, leadOrganisationId, visibility };
}

const phasePlanFields = z.object({
  plannedStart: isoDate("pilots.phases.startRequired", "pilots.phases.dateInvalid"),
  plannedEnd: isoDate("pilots.phases.endRequired", "pilots.phases.dateInvalid"),
  requestedGrant: kroner("pilots.phases.grantRequired", "pilots.phases.grantWhole").pipe(
    z.number().min(0, "pilots.phases.grantNegative").max(1_000_000_000, "pilots.phases.grantTooLarge"),
  ),
  successCriteria: text("pilots.phases.successRequired", "pilots.errors.textTooLong"),
  killCriteria: text("pilots.phases.killRequired", "pilots.errors.textTooLong"),
});

// ISO dates compare correctly as strings; `when` lets the order check run (and report beside the
// end date) even when another field failed, so the user sees every message after one submit.
const datesInOrder = <T extends z.ZodType<{ plannedStart: string; plannedEnd: string }>>(schema: T) =>
  schema.refine((v) => v.plannedStart <= v.plannedEnd, {
    message: "pilots.phases.endBeforeStart",
    path: ["plannedEnd"],
    when: (p) => {
      const v = p.value as { plannedStart?: unknown; plannedEnd?: unknown };
      return (
        typeof v?.plannedStart === "string" &&
        typeof v?.plannedEnd === "string" &&
        /^\d{4}-\d{2}-\d{2}$/.test(v.plannedStart.trim()) &&
        /^\d{4}-\d{2}-\d{2}$/.test(v.plannedEnd.trim())
      );
    },
  });

export const phasePlanSchema = datesInOrder(phasePlanFields);
/** Plans a new (later) phase of a pilot. */
export const planPhaseSchema = datesInOrder(
  phasePlanFields.extend({
    pilotId: idSchema("errors.notFound"),
    kind: z.enum(PHASE_KINDS, { error: "pilots.phases.kindRequired" }),
  }),
);
/** Edits a planned phase; `version` is the one the form was opened with. */
export const updatePhaseSchema = datesInOrder(
  phasePlanFields.extend({ phaseId: idSchema("errors.notFound"), version: idSchema("pilots.errors.stale") }),
);

export type PhasePlanInput = z.infer<typeof phasePlanSchema>;
export type PlanPhaseInput = z.infer<typeof planPhaseSchema>;
export type UpdatePhaseInput = z.infer<typeof updatePhaseSchema>;
