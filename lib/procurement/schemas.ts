// The procurement pack's form: the route, and the results and lessons the lead turns into requirements.
import { z } from "zod";
import { asRecord, checked, field, optionalText, positiveId } from "../validation";

export const ROUTES = ["INNOVATION_PARTNERSHIP", "SKI_FRAMEWORK", "JOINT_TENDER", "BELOW_THRESHOLD"] as const;
export const MAX_REQUIREMENTS = 50;

export const packSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const ids = (key: "resultIds" | "lessonIds", prefix: string) => {
    const list = Array.isArray(raw[key]) ? (raw[key] as unknown[]).map(Number) : checked(raw, prefix);
    const unique = [...new Set(list)].filter((n) => Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647);
    if (unique.length > MAX_REQUIREMENTS)
      ctx.addIssue({ code: "custom", path: [key], message: "procurement.errors.tooMany" });
    return unique;
  };
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    route: field(ctx, raw, "route", z.enum(ROUTES, { error: "procurement.errors.routeRequired" })) ?? "JOINT_TENDER",
    resultIds: ids("resultIds", "result:"),
    lessonIds: ids("lessonIds", "lesson:"),
    notes:
      field(
        ctx,
        raw,
        "notes",
        z.preprocess((v) => (v === null ? undefined : v), optionalText("procurement.errors.textTooLong", 5000)),
      ) ?? null,
  };
});
export type PackInput = z.output<typeof packSchema>;
