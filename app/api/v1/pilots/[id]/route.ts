import { apiRoute } from "@/lib/api/handler";

import { pilotDetailResponse } from "@/lib/api/pilots";
export const dynamic = "force-dynamic";

/** GET /api/v1/pilots/{id} — a pilot the caller may not see (or outside a token's scope) is a 404, exactly like one that does not exist. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (req, { params }, { user }) =>
  pilotDetailResponse(req, user, (await params).id),
);
