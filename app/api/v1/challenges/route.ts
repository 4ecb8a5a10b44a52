import { apiRoute } from "@/lib/api/handler";
import { challengesResponse } from "@/lib/api/challenges";

export const dynamic = "force-dynamic";

/** GET /api/v1/challenges — the challenges the caller may see, newest first, with their co-sponsors. */
export const GET = apiRoute(async (req, _ctx, { user }) => challengesResponse(req, user));
