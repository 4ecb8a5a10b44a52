import { apiRoute } from "@/lib/api/handler";
import { allSitesResponse } from "@/lib/api/sites";

export const dynamic = "force-dynamic";

/** GET /api/v1/sites.geojson — every site of every pilot the caller may see, as RFC 7946 GeoJSON. */
export const GET = apiRoute(async (req, _ctx, { user }) => allSitesResponse(req, user));
