import { pageLocale } from "@/lib/api/locale";
import { templateDownload } from "@/lib/api/exports";

export const dynamic = "force-dynamic";

/** GET /api/imports/pilots/template?format=xlsx|csv — the headers in the page's language; nothing secret, so no sign-in. */
export async function GET(req: Request) {
  return templateDownload("pilots", new URL(req.url), pageLocale(req));
}
