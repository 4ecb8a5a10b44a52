import { apiRoute } from "@/lib/api/handler";
import { declareInterestResponse } from "@/lib/api/spread";

export const dynamic = "force-dynamic";

/** POST /api/v1/pilots/{id}/spread/interests — "Vi vil være med" for the caller's own organisation. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => declareInterestResponse(req, user, (await params).id),
  { write: true },
);
