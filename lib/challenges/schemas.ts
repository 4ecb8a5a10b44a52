// One zod schema per form of the front door (challenges, co-sponsors, ideas, comments, moving an idea),
// shared by the forms, the server actions and the domain tests. Messages are message keys
// (lib/i18n/{da,en}/challenges.json). Checkbox lists arrive as "domain:vand=on" (lib/pilots/schemas).
import { z } from "zod";
import { DOMAINS, TECHNOLOGIES, VISIBILITIES } from "../pilots/tags";
import { fromCheckboxes } from "../pilots/schemas";
import { idSchema, isoDate, kroner, optionalText, text } from "../validation";
import { danishDay } from "../dates";
import { IDEA_MOVES } from "./state";

const unique = <T>(list: T[]) => [...new Set(list)];
const title = z
  .string({ error: "challenges.errors.titleRequired" })
  .trim()
  .min(3, "challenges.errors.titleRequired")
  .max(200, "challenges.errors.titleTooLong");
const optionalKroner = z.preprocess(
  (v) => (v === "" || v == null ? undefined : v),
  kroner("challenges.errors.costInvalid", "challenges.errors.costInvalid")
    .pipe(z.number().min(0, "challenges.errors.costInvalid").max(1_000_000_000, "challenges.errors.costInvalid"))
    .optional(),
);
const optionalHours = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v.trim() === ""
        ? undefined
        : /^\d+$/.test(v.replace(/[.\s]/g, ""))
          ? Number(v.replace(/[.\s]/g, ""))
          : NaN
      : v,
  z
    .number({ error: "challenges.errors.hoursInvalid" })
    .int("challenges.errors.hoursInvalid")
    .min(0, "challenges.errors.hoursInvalid")
    .max(10_000_000, "challenges.errors.hoursInvalid")
    .optional(),
);

export const challengeSchema = z.preprocess(
  fromCheckboxes,
  z.object({
    communityId: idSchema("challenges.errors.communityRequired"),
    title,
    problem: text("challenges.errors.problemRequired", "challenges.errors.textTooLong"),
    affects: text("challenges.errors.affectsRequired", "challenges.errors.textTooLong", 2000),
    costKroner: optionalKroner,
    costHours: optionalHours,
    existingData: optionalText("challenges.errors.textTooLong"),
    domains: z
      .array(z.enum(DOMAINS, { error: "pilots.errors.tagUnknown" }))
      .min(1, "challenges.errors.domainsRequired")
      .transform(unique),
    sdgs: z
      .array(
        z
          .number()
          .int("pilots.errors.sdgUnknown")
          .min(1, "pilots.errors.sdgUnknown")
          .max(17, "pilots.errors.sdgUnknown"),
      )
      .default([])
      .transform((l) => unique(l).sort((a, b) => a - b)),
    visibility: z.enum(VISIBILITIES, { error: "pilots.errors.visibilityRequired" }),
  }),
);
export type ChallengeInput = z.infer<typeof challengeSchema>;

/** "Vi har også den udfordring": one line about the organisation's own situation. */
export const cosponsorSchema = z.object({
  challengeId: idSchema("errors.notFound"),
  note: z
    .string({ error: "challenges.errors.noteRequired" })
    .trim()
    .min(1, "challenges.errors.noteRequired")
    .max(300, "challenges.errors.noteTooLong")
    .refine((s) => !/[\r\n]/.test(s), "challenges.errors.noteOneLine"),
});

export const ideaSchema = z.preprocess(
  fromCheckboxes,
  z.object({
    challengeId: idSchema("errors.notFound"),
    title,
    description: text("challenges.errors.descriptionRequired", "challenges.errors.textTooLong"),
    technologies: z
      .array(z.enum(TECHNOLOGIES, { error: "pilots.errors.tagUnknown" }))
      .min(1, "challenges.errors.technologiesRequired")
      .transform(unique),
    supplier: optionalText("challenges.errors.supplierTooLong", 200),
    roughCost: optionalKroner,
  }),
);
export type IdeaInput = z.infer<typeof ideaSchema>;

export const COMMENT_MAX = 2000;
/** Anything that a browser would read as a tag or an entity: comments are plain text (decision 0026). */
export const looksLikeMarkup = (s: string) => /<\s*\/?\s*[a-z!?][^>]*>|&[a-z#][a-z0-9]*;/i.test(s);

export const commentSchema = z.object({
  ideaId: idSchema("errors.notFound"),
  body: z
    .string({ error: "challenges.errors.commentRequired" })
    .trim()
    .min(1, "challenges.errors.commentRequired")
    .max(COMMENT_MAX, "challenges.errors.commentTooLong")
    .refine((s) => !looksLikeMarkup(s), "challenges.errors.commentMarkup"),
});

/** The secretariat's move: a reason for the shelf and a decline, a later day for the shelf, a lead for a pilot. */
export const moveIdeaSchema = z
  .object({
    ideaId: idSchema("errors.notFound"),
    to: z.enum(IDEA_MOVES, { error: "challenges.errors.moveRequired" }),
    reason: optionalText("challenges.errors.textTooLong", 2000),
    reviewOn: z.preprocess(
      (v) => (v === "" ? undefined : v),
      isoDate("challenges.errors.reviewOnRequired", "challenges.errors.dateInvalid").optional(),
    ),
    leadId: z.preprocess((v) => (v === "" ? undefined : v), idSchema("challenges.errors.leadRequired").optional()),
    requestKey: z.string().optional(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", message, path: [path] });
    if (v.to !== "PILOT" && !v.reason) need("reason", "challenges.errors.reasonRequired");
    if (v.to === "SHELVED" && !v.reviewOn) need("reviewOn", "challenges.errors.reviewOnRequired");
    if (v.to === "SHELVED" && v.reviewOn && v.reviewOn <= danishDay())
      need("reviewOn", "challenges.errors.reviewOnPast");
    if (v.to === "PILOT" && !v.leadId) need("leadId", "challenges.errors.leadRequired");
  });
export type MoveIdeaInput = z.infer<typeof moveIdeaSchema>;
