// The operation form: one organisation's running of an adopted or committed solution. A solution in
// operation (or retired) has gone live: its go-live date is then required, and not in the future.
import { z } from "zod";
import { danishDay } from "../dates";
import { asRecord, fail, field, idSchema, isoDate, kroner, positiveId, text, MAX_ID } from "../validation";

export const OPERATION_STATUSES = ["PLANNED", "IN_OPERATION", "RETIRED"] as const;
export const IOT_STATUSES = ["PROTOTYPE", "PROJECT", "IN_OPERATION"] as const;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), schema.optional());

export const operationSchema = z.unknown().transform((input, ctx) => {
  const raw = asRecord(input);
  const status = field(ctx, raw, "status", z.enum(OPERATION_STATUSES, { error: "operations.errors.statusRequired" }));
  const goLiveOn = field(
    ctx,
    raw,
    "goLiveOn",
    optional(isoDate("operations.errors.goLiveInvalid", "operations.errors.goLiveInvalid")),
  );
  if (status && status !== "PLANNED" && !goLiveOn) fail(ctx, "goLiveOn", "operations.errors.goLiveRequired");
  if (status && status !== "PLANNED" && goLiveOn && goLiveOn > danishDay())
    fail(ctx, "goLiveOn", "operations.errors.goLiveFuture");
  const iotApplicationId = field(
    ctx,
    raw,
    "iotApplicationId",
    optional(
      z.coerce
        .number({ error: "operations.errors.iotIdInvalid" })
        .int("operations.errors.iotIdInvalid")
        .positive("operations.errors.iotIdInvalid")
        .max(MAX_ID, "operations.errors.iotIdInvalid"),
    ),
  );
  const iotStatus = field(
    ctx,
    raw,
    "iotStatus",
    optional(z.enum(IOT_STATUSES, { error: "operations.errors.iotStatusInvalid" })),
  );
  if (iotStatus && !iotApplicationId) fail(ctx, "iotApplicationId", "operations.errors.iotIdRequired");
  return {
    pilotId: field(ctx, raw, "pilotId", positiveId) ?? 0,
    organisationId: field(ctx, raw, "organisationId", idSchema("operations.errors.organisationRequired")) ?? 0,
    status: status ?? "PLANNED",
    goLiveOn: goLiveOn ?? null,
    ownerUnit:
      field(ctx, raw, "ownerUnit", text("operations.errors.ownerUnitRequired", "operations.errors.textTooLong", 200)) ??
      "",
    ownerContact:
      field(
        ctx,
        raw,
        "ownerContact",
        text("operations.errors.ownerContactRequired", "operations.errors.textTooLong", 200),
      ) ?? "",
    yearlyCost:
      field(
        ctx,
        raw,
        "yearlyCost",
        kroner("operations.errors.costRequired", "operations.errors.costInvalid").pipe(
          z.number().min(0, "operations.errors.costInvalid").max(1_000_000_000, "operations.errors.costInvalid"),
        ),
      ) ?? 0,
    iotApplicationId: iotApplicationId ?? null,
    iotStatus: iotStatus ?? null,
  };
});
export type OperationInput = z.output<typeof operationSchema>;
