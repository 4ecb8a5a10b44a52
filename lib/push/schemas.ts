// The push target form, checked field by field so one submit reports every bad field beside it.
// Expressions must compile; a list of allowed devices needs the expression that finds the device.
import { z } from "zod";
import { isExpression, MAX_PATH, type PushMapping } from "./mapping";

import { positiveId, asRecord, field, fail, optionalText, text } from "../validation";
import { parseDecimal } from "../decimal";
export const PUSH_NAME_MAX = 80;
export const MAX_DEVICES = 200;
const DEVICE_MAX = 80;

const requiredExpression = text("push.errors.valueRequired", "push.errors.pathTooLong", MAX_PATH).refine(
  isExpression,
  "push.errors.pathInvalid",
);
// null (a caller's "none") and "" (an empty form field) both mean: not given.
const optionalExpression = z.preprocess(
  (v) => (v === null ? undefined : v),
  optionalText("push.errors.pathTooLong", MAX_PATH).refine(
    (v) => v === undefined || isExpression(v),
    "push.errors.pathInvalid",
  ),
);

/** One device a line (or comma separated), trimmed, without repeats. */
const deviceList = z.preprocess(
  (v) => [
    ...new Set(
      (Array.isArray(v) ? v.map(String) : String(v ?? "").split(/[\n,;]/)).map((d) => d.trim()).filter(Boolean),
    ),
  ],
  z.array(z.string().max(DEVICE_MAX, "push.errors.deviceTooLong")).max(MAX_DEVICES, "push.errors.tooManyDevices"),
);

const factor = z.preprocess(
  (v) =>
    v === undefined || (typeof v === "string" && v.trim() === "")
      ? 1
      : typeof v === "string"
        ? (parseDecimal(v, "decimal") ?? NaN)
        : v,
  z
    .number({ error: "push.errors.factorInvalid" })
    .refine(
      (n) => Number.isFinite(n) && n !== 0 && Math.abs(n) <= 1e9 && Math.abs(n) >= 1e-9,
      "push.errors.factorInvalid",
    ),
);

/** The mapping fields alone: shared by the create form and the "Send testdata" preview of a draft. */
export function mappingFields(ctx: z.RefinementCtx, raw: Record<string, unknown>): PushMapping {
  const devicePath = field(ctx, raw, "devicePath", optionalExpression) ?? null;
  const allowedDevices = field(ctx, raw, "allowedDevices", deviceList) ?? [];
  const deviceGiven = typeof raw.devicePath === "string" && raw.devicePath.trim() !== "";
  if (allowedDevices.length > 0 && !deviceGiven) fail(ctx, "devicePath", "push.errors.deviceRequired");
  return {
    readingsPath: field(ctx, raw, "readingsPath", optionalExpression) ?? null,
    valuePath: field(ctx, raw, "valuePath", requiredExpression) ?? "",
    timePath: field(ctx, raw, "timePath", optionalExpression) ?? null,
    devicePath,
    allowedDevices,
    factor: field(ctx, raw, "factor", factor) ?? 1,
  };
}

export const createPushTargetSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    kpiId: field(ctx, raw, "kpiId", positiveId) ?? 0,
    name: field(ctx, raw, "name", text("push.errors.nameRequired", "push.errors.nameTooLong", PUSH_NAME_MAX)) ?? "",
    ...mappingFields(ctx, raw),
  };
});
export type CreatePushTargetInput = z.output<typeof createPushTargetSchema>;

export const revokePushTargetSchema = z.object({ targetId: positiveId });

/** A sample body pasted into the preview: at most what the push route itself would read. */
export const SAMPLE_MAX_CHARS = 200_000;
export const previewSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const targetId =
    raw.targetId === undefined || raw.targetId === "" ? null : (field(ctx, raw, "targetId", positiveId) ?? null);
  return {
    kpiId: field(ctx, raw, "kpiId", positiveId) ?? 0,
    targetId,
    /** A draft mapping (the create form's fields) when no saved target is named. */
    mapping: targetId === null ? mappingFields(ctx, raw) : null,
    sample:
      field(ctx, raw, "sample", text("push.errors.sampleRequired", "push.errors.sampleTooLong", SAMPLE_MAX_CHARS)) ??
      "",
  };
});
export type PreviewInput = z.output<typeof previewSchema>;
