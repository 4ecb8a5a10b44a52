// The KPI forms: the indicator itself with a target per phase, one measurement by hand, and the
// CSV import. Decimals may be typed the Danish way (12,5). Targets arrive as `target_<phaseId>`.
import { z } from "zod";
import { MAX_NOTE } from "./csv";

import { decimal, optionalDecimal, pastDay, positiveId, asRecord, fail, field, text } from "../validation";
import { BENEFIT_KINDS, DIRECTIONS } from "./choices";
export { BENEFIT_KINDS, DIRECTIONS };

export const kpiSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const given = (raw.targets && typeof raw.targets === "object" ? raw.targets : {}) as Record<string, unknown>;
  const targetIds = new Set([
    ...Object.keys(given),
    ...Object.keys(raw).flatMap((k) => /^target_(\d+)$/.exec(k)?.[1] ?? []),
  ]);
  const targets: Record<number, number | null> = {};
  for (const id of targetIds) {
    const value = field(
      ctx,
      { v: given[id] ?? raw[`target_${id}`] },
      `target_${id}`,
      optionalDecimal("results.errors.numberInvalid"),
      "v",
    );
    targets[Number(id)] = value ?? null;
  }
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    /** Present when an existing KPI is edited; it must belong to `pilotId`. */
    kpiId: raw.kpiId === undefined || raw.kpiId === "" ? undefined : field(ctx, raw, "kpiId", positiveId),
    name: field(ctx, raw, "name", text("results.errors.kpiNameRequired", "results.errors.titleTooLong", 120)) ?? "",
    unit: field(ctx, raw, "unit", text("results.errors.unitRequired", "results.errors.unitTooLong", 30)) ?? "",
    baseline:
      field(ctx, raw, "baseline", decimal("results.errors.baselineRequired", "results.errors.numberInvalid")) ?? 0,
    direction:
      field(ctx, raw, "direction", z.enum(DIRECTIONS, { error: "results.errors.directionRequired" })) ??
      "HIGHER_IS_BETTER",
    benefitKind:
      field(ctx, raw, "benefitKind", z.enum(BENEFIT_KINDS, { error: "results.errors.benefitRequired" })) ?? "OTHER",
    /** Phase id → target; null clears it. Phases left out keep what they have. */
    targets,
    ...plausibleRange(ctx, raw),
  };
});
export type KpiFields = z.output<typeof kpiSchema>;
export type KpiInput = Omit<KpiFields, "kpiId" | "plausibleMin" | "plausibleMax"> & {
  kpiId?: number;
  plausibleMin?: number | null;
  plausibleMax?: number | null;
};

/**
 * The range a reading can plausibly have (a level sensor cannot read below the basin's bottom): pushed
 * readings outside it are stored flagged (lib/push). Left out of the input: unchanged; empty: none.
 */
function plausibleRange(ctx: z.RefinementCtx, raw: Record<string, unknown>) {
  const one = (key: "plausibleMin" | "plausibleMax") =>
    raw[key] === undefined
      ? undefined
      : (field(ctx, raw, key, optionalDecimal("results.errors.numberInvalid")) ?? null);
  const plausibleMin = one("plausibleMin");
  const plausibleMax = one("plausibleMax");
  if (plausibleMin != null && plausibleMax != null && plausibleMin > plausibleMax)
    fail(ctx, "plausibleMax", "results.errors.plausibleOrder");
  return { plausibleMin, plausibleMax };
}

export const measurementSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    kpiId: field(ctx, raw, "kpiId", positiveId) ?? 0,
    date:
      field(
        ctx,
        raw,
        "date",
        pastDay("results.errors.dateRequired", "results.errors.dateInvalid", "results.errors.dateFuture"),
      ) ?? "",
    value: field(ctx, raw, "value", decimal("results.errors.valueRequired", "results.errors.numberInvalid")) ?? 0,
    note: field(
      ctx,
      raw,
      "note",
      z.preprocess(
        (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
        z.string().trim().max(MAX_NOTE, "results.errors.noteTooLong").optional(),
      ),
    ),
  };
});
export type MeasurementInput = z.output<typeof measurementSchema>;

export const measurementRefSchema = z.object({ measurementId: positiveId });
