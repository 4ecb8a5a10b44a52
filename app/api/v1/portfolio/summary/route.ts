import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import { portfolioSummary } from "@/lib/portfolio/summary";
import { cachedSummary } from "@/lib/portfolio/cached-summary";

export const dynamic = "force-dynamic";

/** GET /api/v1/portfolio/summary?community=&year=&technology=&domain= — the dashboard's figures, counting only pilots the caller may see. */
export const GET = apiRoute(async (req, _ctx, { user }) => {
  const { summary } = await portfolioSummary(user, new URL(req.url).searchParams, cachedSummary);
  return NextResponse.json(summary, { headers: { "Cache-Control": "private, no-store" } });
});
