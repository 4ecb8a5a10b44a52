import { apiRoute } from "@/lib/api/handler";
import { pilotSitesResponse } from "@/lib/api/sites";

export const dynamic = "force-dynamic";

/** GET /api/v1/pilots/{id}/sites.geojson — one pilot's sites; a pilot the caller may not see is a 404. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }, { user }) =>
  pilotSitesResponse(req, user, (await params).id),
);
