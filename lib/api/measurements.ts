// POST /api/v1/kpis/{id}/measurements. Refusals in the order of the other write routes: nobody →
// 401; more than 1 MiB or more than 1,000 points → 413 (codes PAYLOAD_TOO_LARGE, batch_too_large)
// before anything is checked; a wrong shape → 400 naming `measurements[i].field`; then the domain
// (404 not visible or outside the token's pilot, 403 not the lead, 409 ended or under review);
// then, inside the transaction, moments (readable, not in the future) and clashes with stored
// measurements or earlier points → 400 with the same field names. Any error stores nothing.
import "server-only";
import { NextResponse } from "next/server";
import { AppError } from "../errors";
import type { SessionUser } from "../auth/session";
import type { MessageKey } from "../i18n/messages";
import { parseMoment } from "../kpis/csv-cells";
import { pointLedger } from "../kpis/points";
import { storePoints, type PointCheck } from "../kpis/store";
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_POINTS,
  measurementBatchSchema,
  type MeasurementBatch,
  type MeasurementBatchResult,
} from "./contract/kpis";
import { apiError, apiTranslator } from "./handler";
import { readJsonBody } from "./json-body";

import { parseId } from "../validation";
type FieldErrors = Record<string, MessageKey>;
const fieldName = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${String(p)}` : String(p))).join("") || "_";

function invalid(fields: FieldErrors): AppError {
  return new AppError("BAD_REQUEST", "imports.api.invalid", fields);
}

/** Checked inside the transaction against what is stored then; `row` is the point's index in the batch. */
const checkBatch =
  (batch: MeasurementBatch): PointCheck =>
  ({ today, existing }) => {
    const fields: FieldErrors = {};
    const ledger = pointLedger(existing);
    batch.measurements.forEach((p, row) => {
      const moment = parseMoment(p.measuredAt);
      if (!moment) return void (fields[`measurements[${row}].measuredAt`] = "imports.api.dateInvalid");
      if (moment.day > today) return void (fields[`measurements[${row}].measuredAt`] = "results.errors.dateFuture");
      const clash = ledger.place({
        row,
        measuredAt: moment.at,
        day: moment.day,
        value: p.value,
        note: p.note?.trim() || null,
      });
      if (clash?.code === "duplicate") fields[`measurements[${row}].measuredAt`] = "imports.api.duplicate";
      else if (clash) fields[`measurements[${row}].value`] = "imports.api.conflict";
    });
    if (Object.keys(fields).length) throw invalid(fields);
    return ledger;
  };

export async function postMeasurementsResponse(req: Request, user: SessionUser | null, idSegment: string) {
  if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
  const t = apiTranslator(req);
  const body = await readJsonBody(req, MAX_BATCH_BYTES);
  if (!body.ok) return apiError(413, "PAYLOAD_TOO_LARGE", t("imports.api.bodyTooLarge", { max: MAX_BATCH_BYTES }));
  const raw = body.value as { measurements?: unknown } | null;
  if (Array.isArray(raw?.measurements) && raw.measurements.length > MAX_BATCH_POINTS) {
    return apiError(413, "batch_too_large", t("imports.api.batchTooLarge", { max: MAX_BATCH_POINTS }), undefined, {
      max: MAX_BATCH_POINTS,
    });
  }
  const parsed = measurementBatchSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const fields: FieldErrors = {};
    for (const issue of parsed.error.issues) fields[fieldName(issue.path)] ??= issue.message as MessageKey;
    throw invalid(fields);
  }
  const kpiId = parseId(idSegment);
  if (!kpiId) throw new AppError("NOT_FOUND", "errors.notFound");
  const { imported, alreadyStored } = await storePoints(user, kpiId, {
    source: "API",
    audit: "api-measurements",
    nothingNew: null,
    check: checkBatch(parsed.data),
  });
  const result: MeasurementBatchResult = { kpiId, stored: imported, alreadyStored };
  return NextResponse.json(result);
}
