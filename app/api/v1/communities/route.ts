import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";

import { listCommunitiesForApi } from "@/lib/api/communities";
export const dynamic = "force-dynamic";

/** GET /api/v1/communities — public: every community with its description and number of members. */
export const GET = apiRoute(async () => NextResponse.json(await listCommunitiesForApi()));
