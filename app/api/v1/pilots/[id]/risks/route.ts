import { apiRoute } from "@/lib/api/handler";
import { pilotRisksResponse } from "@/lib/api/challenges";

export const dynamic = "force-dynamic";

/** GET /api/v1/pilots/{id}/risks — a pilot's risk register; a pilot the caller may not see is a 404. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (_req, { params }, { user }) =>
  pilotRisksResponse(user, (await params).id),
);
