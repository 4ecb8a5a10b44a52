import { apiRoute } from "@/lib/api/handler";

import { listPilotsResponse } from "@/lib/api/pilots";
export const dynamic = "force-dynamic";

/** GET /api/v1/pilots?q=&page=&pageSize= — only what the caller may see (anonymous: public pilots; a token: its scope). */
export const GET = apiRoute(async (req, _ctx, { user }) => listPilotsResponse(req, user));
