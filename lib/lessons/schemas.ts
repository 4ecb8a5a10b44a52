// A lesson (erfaring): what we did, what we learned, what we would do differently, and tags so the
// next municipality finds it. The same limits as the gate lesson form (lib/gates/schemas.ts), so
// a stop report written at the gate can be edited here without tripping over a stricter rule.
import { z } from "zod";

import { positiveId, tagList, asRecord, field, text } from "../validation";
const long = (ctx: z.RefinementCtx, raw: Record<string, unknown>, key: string) =>
  field(ctx, raw, key, text("results.errors.lessonFieldRequired", "results.errors.textTooLong", 5000)) ?? "";

export const lessonSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const optionalId = (key: string) =>
    raw[key] === undefined || raw[key] === "" ? undefined : field(ctx, raw, key, positiveId);
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    /** Present when an existing lesson (a gate's lesson or stop report too) is edited. */
    lessonId: optionalId("lessonId"),
    /** The phase the lesson comes from, when it has one; only set when the lesson is written. */
    phaseId: optionalId("phaseId"),
    title: field(ctx, raw, "title", text("results.errors.titleRequired", "results.errors.titleTooLong", 200)) ?? "",
    whatWeDid: long(ctx, raw, "whatWeDid"),
    whatWeLearned: long(ctx, raw, "whatWeLearned"),
    wouldDoDifferently: long(ctx, raw, "wouldDoDifferently"),
    tags: field(ctx, raw, "tags", tagList) ?? [],
  };
});
type LessonFields = z.output<typeof lessonSchema>;
export type LessonInput = Omit<LessonFields, "lessonId" | "phaseId" | "tags"> & {
  lessonId?: number;
  phaseId?: number;
  tags?: string[];
};
