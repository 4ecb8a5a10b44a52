import { apiRoute } from "@/lib/api/handler";
import { postMeasurementsResponse } from "@/lib/api/measurements";

export const dynamic = "force-dynamic";

/** POST /api/v1/kpis/{id}/measurements — the lead (or their WRITE token) reports up to 1,000 points at once. */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(
  async (req, { params }, { user }) => postMeasurementsResponse(req, user, (await params).id),
  { write: true },
);
