import { apiRoute } from "@/lib/api/handler";
import { listAnswersResponse } from "@/lib/api/answers";

export const dynamic = "force-dynamic";

/** GET /api/v1/answers?q=&indhold=erfaringer|resultater&page=&pageSize= — lessons and results answering a search, with their pilot. */
export const GET = apiRoute(async (req, _ctx, { user }) => listAnswersResponse(req, user));
