import { apiRoute } from "@/lib/api/handler";
import { pageLocale } from "@/lib/api/locale";
import { catalogueDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** GET /api/v1/pilots/export?format=csv|xlsx&q=&faellesskab=&status=… — the catalogue's result as a file. */
export const GET = apiRoute(async (req, _ctx, { user }) => catalogueDownload(user, new URL(req.url), pageLocale(req)));
