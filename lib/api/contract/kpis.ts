// POST /api/v1/kpis/{id}/measurements: an IoT platform (OS2iot and the like) or a script reports a
// batch of measurements for one KPI, as the lead does by hand or by file import. The batch is
// stored whole or not at all; a point already stored with the same value is skipped, so a platform
// may safely resend a batch after a timeout.
import { z } from "zod";
import { MAX_NOTE } from "../../kpis/csv";
import { MAX_VALUE } from "../../validation";
import { idParams } from "./common";
import { component, route } from "./registry";

export const MAX_BATCH_POINTS = 1_000;
/** 1,000 points with long Danish notes fit; anything bigger is not a batch this route was made for. */
export const MAX_BATCH_BYTES = 1024 * 1024;

const pointSchema = z.object({
  measuredAt: z.string({ error: "results.errors.dateRequired" }).min(1, "results.errors.dateRequired").meta({
    description:
      "yyyy-mm-dd (stored like a manual entry for that day) or an ISO 8601 date-time; without a zone it is Danish time. Not in the future.",
  }),
  value: z
    .number({
      error: (issue) => (issue.input === undefined ? "results.errors.valueRequired" : "results.errors.numberInvalid"),
    })
    .min(-MAX_VALUE, "results.errors.numberTooLarge")
    .max(MAX_VALUE, "results.errors.numberTooLarge"),
  note: z.string({ error: "imports.api.noteInvalid" }).max(MAX_NOTE, "results.errors.noteTooLong").optional(),
});

export const measurementBatchSchema = z.object({
  measurements: z
    .array(pointSchema, { error: "imports.api.measurementsRequired" })
    .min(1, "imports.api.measurementsRequired")
    .max(MAX_BATCH_POINTS, "imports.api.batchTooLarge")
    .meta({
      description:
        '1 to 1,000 points. More → 413 with code batch_too_large; a wrong point → 400 with fields["measurements[i].field"].',
    }),
});
export type MeasurementBatch = z.infer<typeof measurementBatchSchema>;

export const measurementBatchResultSchema = component(
  "MeasurementBatchResult",
  z.object({
    kpiId: z.int(),
    stored: z.int().meta({ description: "Points stored by this call" }),
    alreadyStored: z
      .int()
      .meta({ description: "Points skipped because the same moment was already stored with the same value" }),
  }),
);
export type MeasurementBatchResult = z.infer<typeof measurementBatchResultSchema>;

export const kpiRoutes = [
  route({
    operationId: "postMeasurements",
    summary: "imports.api.routes.postMeasurements",
    method: "post",
    path: "/kpis/{id}/measurements",
    tag: "kpis",
    access: "write",
    params: idParams,
    body: measurementBatchSchema,
    success: { status: 200, schema: measurementBatchResultSchema },
    errors: [400, 403, 404, 409, 413],
  }),
];
