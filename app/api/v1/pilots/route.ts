import { apiRoute } from "@/lib/api/handler";
import { currentUser } from "@/lib/auth/session";
import { listPilotsResponse } from "@/lib/pilots/api";

export const dynamic = "force-dynamic";

/** GET /api/v1/pilots?q=&page=&pageSize= — only what the caller may see (anonymous: public pilots). */
export const GET = apiRoute(async (req) => listPilotsResponse(req, await currentUser()));
