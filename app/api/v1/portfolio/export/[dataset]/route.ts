import { apiRoute } from "@/lib/api/handler";
import { pageLocale } from "@/lib/api/locale";
import { portfolioDatasetDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** GET /api/v1/portfolio/export/{dataset}?format=csv|xlsx&community=&year=&technology=&domain= */
export const GET = apiRoute(async (req, ctx: { params: Promise<{ dataset: string }> }, { user }) =>
  portfolioDatasetDownload(user, (await ctx.params).dataset, new URL(req.url), pageLocale(req)),
);
