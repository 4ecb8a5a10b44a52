// /piloter/{id}/indkoebspakke.pdf and .xlsx: the joint procurement pack, in the language asked for
// (?sprog=da|en, else the page's own). A pilot the reader may not see is a 404, as everywhere.
import "server-only";
import { AppError } from "../errors";
import { translator } from "../i18n/messages";
import { isLocale, type Locale } from "../i18n/locales";
import type { SessionUser } from "../auth/session";
import { danishDay } from "../dates";
import { parseId } from "../validation";
import { procurementPack } from "../procurement/pack";
import { packDocument, packTables } from "../procurement/document";
import { packPdf } from "../procurement/pdf";
import { tableDownload } from "./downloads";
import { pageLocale } from "./locale";

export async function procurementDownload(
  req: Request,
  user: SessionUser | null,
  idSegment: string,
  format: "pdf" | "xlsx",
) {
  const id = parseId(idSegment);
  const pack = id && (await procurementPack(user, id));
  if (!pack) throw new AppError("NOT_FOUND", "errors.notFound");
  const asked = new URL(req.url).searchParams.get("sprog");
  const locale: Locale = isLocale(asked) ? asked : pageLocale(req);
  const t = translator(locale);
  const doc = packDocument(pack, t, locale, danishDay());
  const base = `indkoebspakke-${pack.pilot.id}-${locale}`;
  if (format === "xlsx")
    return tableDownload(packTables(doc, t), "xlsx", base, { locale, title: `${doc.title}: ${doc.subtitle}` });
  const body = await packPdf(doc, locale);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${base}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
