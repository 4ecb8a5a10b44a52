import { apiRoute } from "@/lib/api/handler";
import { openPilotFileResponse } from "@/lib/api/open-data";

export const dynamic = "force-dynamic";

/** GET /api/v1/open-data/pilots/{id}/{kpis|results|lessons}.csv — a public pilot's open data as CSV. */
export const GET = apiRoute<{ params: Promise<{ id: string; file: string }> }>(async (_req, { params }) => {
  const { id, file } = await params;
  return openPilotFileResponse(id, file);
});
