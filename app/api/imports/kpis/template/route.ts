import { translator } from "@/lib/i18n/messages";
import { pageLocale } from "@/lib/api/locale";
import { kpiTemplate, templateResponse } from "@/lib/imports/templates";

export const dynamic = "force-dynamic";

/** GET /api/imports/kpis/template?format=xlsx|csv — date, value, note in the page's language. */
export async function GET(req: Request) {
  const format = new URL(req.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const locale = pageLocale(req);
  return templateResponse(await kpiTemplate(translator(locale), format), format, locale === "da" ? "maalinger-skabelon" : "measurements-template");
}
