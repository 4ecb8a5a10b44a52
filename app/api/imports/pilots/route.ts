import { apiRoute, apiTranslator } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/permissions";
import { checkPilotImport, commitPilotImport } from "@/lib/imports/pilots";

import { parseId } from "@/lib/validation";
import { ndjsonResponse } from "@/lib/api/ndjson";
import { apiLocale } from "@/lib/api/locale";
import { readUpload, tooLargeResponse } from "@/lib/api/upload";
export const dynamic = "force-dynamic";

/**
 * POST /api/imports/pilots (multipart: file, community, mode=check|commit) — the page's import.
 * Refusals before any work are plain JSON errors (401/403/400/413); the work itself answers as a
 * stream of NDJSON progress events ending in a report, `done` or an error (lib/imports/stream.ts).
 */
export const POST = apiRoute(
  async (req, _ctx, { user }) => {
    if (!user) throw new AppError("UNAUTHENTICATED", "errors.signInRequired");
    const t = apiTranslator(req);
    const upload = await readUpload(req);
    if ("tooLarge" in upload) return tooLargeResponse(t);
    const communityId = parseId(String(upload.fields.get("community") ?? ""));
    if (!communityId)
      throw new AppError("BAD_REQUEST", "pilots.errors.communityRequired", {
        community: "pilots.errors.communityRequired",
      });
    authorize(user, "pilot.import", { communityId });
    const commit = upload.fields.get("mode") === "commit";
    return ndjsonResponse(apiLocale(req), (send) =>
      commit
        ? commitPilotImport(user, communityId, upload.rows, upload.name, t, send)
        : checkPilotImport(user, communityId, upload.rows, t, send),
    );
  },
  { write: true },
);
