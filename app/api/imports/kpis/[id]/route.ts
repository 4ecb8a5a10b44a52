import { apiRoute, apiTranslator } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { checkMeasurementImport, commitMeasurementImport } from "@/lib/imports/measurements";
import { visibleKpi } from "@/lib/kpis/access";

import { parseId } from "@/lib/validation";
import { authorizeRecording } from "@/lib/pilots/access";
import { ndjsonResponse } from "@/lib/api/ndjson";
import { apiLocale } from "@/lib/api/locale";
import { readUpload, tooLargeResponse } from "@/lib/api/upload";
export const dynamic = "force-dynamic";

/**
 * POST /api/imports/kpis/{id} (multipart: file, mode=check|commit) — a KPI's measurements from a
 * spreadsheet. Access is settled before the stream starts, so 401/403/404/409 are real statuses.
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => {
    if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
    const kpiId = parseId((await params).id);
    if (!kpiId) throw new AppError("NOT_FOUND", "errors.notFound");
    authorizeRecording(user, (await visibleKpi(user, kpiId)).pilot, "recordKpi");
    const t = apiTranslator(req);
    const upload = await readUpload(req);
    if ("tooLarge" in upload) return tooLargeResponse(t);
    const commit = upload.fields.get("mode") === "commit";
    return ndjsonResponse(apiLocale(req), (send) =>
      commit
        ? commitMeasurementImport(user, kpiId, upload, t, send)
        : checkMeasurementImport(user, kpiId, upload, t, send),
    );
  },
  { write: true },
);
