import { apiRoute } from "@/lib/api/handler";
import { postRealisationsResponse } from "@/lib/api/spread";

export const dynamic = "force-dynamic";

/** POST /api/v1/benefits/{id}/realisations — the benefit owner (or their WRITE token) reports up to 1,000 values, all or nothing. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => postRealisationsResponse(req, user, (await params).id),
  { write: true },
);
