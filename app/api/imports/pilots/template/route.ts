import { translator } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/api/locale";
import { pilotTemplate, templateResponse } from "@/lib/imports/templates";

export const dynamic = "force-dynamic";

/** GET /api/imports/pilots/template?format=xlsx|csv — the headers in the page's language; nothing secret, so no sign-in. */
export async function GET(req: Request) {
  const format = new URL(req.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const locale = pageLocale(req);
  return templateResponse(await pilotTemplate(translator(locale), format), format, locale === "da" ? "pilotprojekter-skabelon" : "pilots-template");
}
