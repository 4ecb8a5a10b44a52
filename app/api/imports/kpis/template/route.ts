import { pageLocale } from "@/lib/api/locale";
import { templateDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** GET /api/imports/kpis/template?format=xlsx|csv — date, value, note in the page's language. */
export async function GET(req: Request) {
  return templateDownload("kpis", new URL(req.url), pageLocale(req));
}
