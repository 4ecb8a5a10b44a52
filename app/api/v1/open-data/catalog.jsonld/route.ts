import { apiRoute } from "@/lib/api/handler";
import { catalogResponse } from "@/lib/api/open-data";

export const dynamic = "force-dynamic";

/** GET /api/v1/open-data/catalog.jsonld — the public pilots as a DCAT-AP-DK 2.0 catalogue for the national data catalogue. */
export const GET = apiRoute(async (req) => catalogResponse(req));
