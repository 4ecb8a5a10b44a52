// The benefit forms: a profile (what is gained, in which unit, measured how often), an organisation's
// owner and targets per year, and a realised value for one period.
import { z } from "zod";
import { asRecord, decimal, fail, field, idSchema, optionalText, positiveId, rows, text } from "../validation";

export const BENEFIT_KINDS = ["KRONER_SAVED", "HOURS_SAVED", "CO2E_AVOIDED", "QUALITY", "OTHER"] as const;
export const FREQUENCIES = ["MONTHLY", "QUARTERLY", "YEARLY"] as const;

export const profileSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    name: field(ctx, raw, "name", text("benefits.errors.nameRequired", "benefits.errors.textTooLong", 200)) ?? "",
    kind: field(ctx, raw, "kind", z.enum(BENEFIT_KINDS, { error: "benefits.errors.kindRequired" })) ?? "OTHER",
    unit: field(ctx, raw, "unit", text("benefits.errors.unitRequired", "benefits.errors.textTooLong", 40)) ?? "",
    baseline:
      field(
        ctx,
        raw,
        "baseline",
        z.preprocess(
          (v) => (v === "" || v == null ? 0 : v),
          decimal("benefits.errors.numberInvalid", "benefits.errors.numberInvalid"),
        ),
      ) ?? 0,
    frequency:
      field(ctx, raw, "frequency", z.enum(FREQUENCIES, { error: "benefits.errors.frequencyRequired" })) ?? "QUARTERLY",
  };
});
export type ProfileInput = z.output<typeof profileSchema>;

const YEAR = z.coerce
  .number({ error: "benefits.errors.yearInvalid" })
  .int("benefits.errors.yearInvalid")
  .min(2000, "benefits.errors.yearInvalid")
  .max(2100, "benefits.errors.yearInvalid");

/** An organisation's owner (by e-mail: the person may belong to another community) and its targets. */
export const ownerSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const given = Array.isArray(raw.targets) ? (raw.targets as Record<string, unknown>[]) : rows(raw, "target");
  const targets = given.flatMap((r, i) => {
    const n = i + 1;
    if (["year", "pessimistic", "likely", "optimistic"].every((k) => String(r[k] ?? "").trim() === "")) return [];
    const row = {
      year: field(ctx, r, `target_${n}_year`, YEAR, "year") ?? 0,
      pessimistic:
        field(
          ctx,
          r,
          `target_${n}_pessimistic`,
          decimal("benefits.errors.numberRequired", "benefits.errors.numberInvalid"),
          "pessimistic",
        ) ?? 0,
      likely:
        field(
          ctx,
          r,
          `target_${n}_likely`,
          decimal("benefits.errors.numberRequired", "benefits.errors.numberInvalid"),
          "likely",
        ) ?? 0,
      optimistic:
        field(
          ctx,
          r,
          `target_${n}_optimistic`,
          decimal("benefits.errors.numberRequired", "benefits.errors.numberInvalid"),
          "optimistic",
        ) ?? 0,
    };
    if (row.pessimistic > row.likely || row.likely > row.optimistic)
      fail(ctx, `target_${n}_likely`, "benefits.errors.targetOrder");
    return [row];
  });
  const years = targets.map((t) => t.year);
  years.forEach((y, i) => years.indexOf(y) !== i && fail(ctx, `target_${i + 1}_year`, "benefits.errors.yearTwice"));
  return {
    profileId: field(ctx, raw, "profileId", positiveId) ?? 0,
    organisationId: field(ctx, raw, "organisationId", idSchema("benefits.errors.organisationRequired")) ?? 0,
    ownerEmail:
      field(
        ctx,
        raw,
        "ownerEmail",
        z
          .string({ error: "benefits.errors.ownerRequired" })
          .trim()
          .toLowerCase()
          .min(1, "benefits.errors.ownerRequired")
          .max(200, "benefits.errors.textTooLong")
          .pipe(z.email("benefits.errors.ownerEmailInvalid")),
      ) ?? "",
    targets,
  };
});
export type OwnerInput = z.output<typeof ownerSchema>;

/** One realised value by hand; the period is checked against the profile's frequency by the domain. */
export const realisationSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    profileId: field(ctx, raw, "profileId", positiveId) ?? 0,
    organisationId: field(ctx, raw, "organisationId", idSchema("benefits.errors.organisationRequired")) ?? 0,
    period:
      field(
        ctx,
        raw,
        "period",
        z
          .string({ error: "benefits.errors.periodRequired" })
          .trim()
          .min(1, "benefits.errors.periodRequired")
          .max(20, "benefits.errors.periodInvalid"),
      ) ?? "",
    value: field(ctx, raw, "value", decimal("benefits.errors.numberRequired", "benefits.errors.numberInvalid")) ?? 0,
    note:
      field(
        ctx,
        raw,
        "note",
        z.preprocess((v) => (v === null ? undefined : v), optionalText("benefits.errors.textTooLong", 500)),
      ) ?? null,
  };
});
export type RealisationInput = z.output<typeof realisationSchema>;

/** A spreadsheet's rows as text (a chosen file is read into the field in the browser). */
export const realisationImportSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  return {
    profileId: field(ctx, raw, "profileId", positiveId) ?? 0,
    csv:
      field(
        ctx,
        raw,
        "csv",
        z
          .string({ error: "benefits.import.empty" })
          .trim()
          .min(1, "benefits.import.empty")
          .max(2_000_000, "benefits.import.tooLarge"),
      ) ?? "",
  };
});
