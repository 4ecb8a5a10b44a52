import { apiRoute } from "@/lib/api/handler";
import { openPilotResponse } from "@/lib/api/open-data";

export const dynamic = "force-dynamic";

/** GET /api/v1/open-data/pilots/{id} — a public pilot's KPIs, results and lessons as JSON; anything else is a 404. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }) =>
  openPilotResponse(req, (await params).id),
);
