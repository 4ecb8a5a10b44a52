import { apiRoute } from "@/lib/api/handler";
import { postResultResponse } from "@/lib/api/results";

export const dynamic = "force-dynamic";

/** POST /api/v1/pilots/{id}/results — the lead (or their WRITE token) logs a result in a running phase. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => postResultResponse(req, user, (await params).id),
  { write: true },
);
