// The download routes' work: parse the request, ask the domain for its tables, and hand them to the
// one download writer (lib/api/downloads.ts). A pilot or figures the reader may not see are a 404
// or left out by the same visibility rules as the pages.
import "server-only";
import { AppError } from "../errors";
import { translator } from "../i18n/messages";
import type { Locale } from "../i18n/locales";
import type { SessionUser } from "../auth/session";
import { parseId } from "../validation";
import { danishDay } from "../dates";
import { isExportFormat, type ExportFormat } from "../exports/table";
import { getExpenseLedger } from "../pilots/expense-ledger";
import { exportBaseName, ledgerTables } from "../pilots/export";
import { datasetExport } from "../portfolio/export/load";
import { isDataset } from "../portfolio/export/datasets";
import type { Viewer } from "../portfolio/scope";
import { catalogueExport } from "../search/export";
import { kpiTemplate, pilotTemplate } from "../imports/templates";
import { tableDownload } from "./downloads";

function formatOf(url: URL): ExportFormat {
  const format = url.searchParams.get("format") ?? "csv";
  if (!isExportFormat(format))
    throw new AppError("BAD_REQUEST", "portfolio.api.invalid", { format: "portfolio.api.format" });
  return format;
}

/** /piloter/{id}/eksport.csv|.xlsx: the pilot's budget, pledges and expenses. */
export async function pilotLedgerDownload(
  user: SessionUser | null,
  idSegment: string,
  format: ExportFormat,
  locale: Locale,
) {
  const id = parseId(idSegment);
  const ledger = id && (await getExpenseLedger(user, id));
  if (!ledger) throw new AppError("NOT_FOUND", "errors.notFound");
  const t = translator(locale);
  return tableDownload(ledgerTables(ledger, t), format, exportBaseName(ledger.id), {
    locale,
    title: t("pilotPage.export.title", { title: ledger.title }),
  });
}

/** GET /api/v1/portfolio/export/{dataset}?format=csv|xlsx&community=&year=&technology=&domain= */
export async function portfolioDatasetDownload(user: Viewer, datasetSegment: string, url: URL, locale: Locale) {
  if (!isDataset(datasetSegment)) throw new AppError("NOT_FOUND", "portfolio.api.dataset");
  const format = formatOf(url);
  const params = new URLSearchParams(url.searchParams);
  params.delete("format");
  const { table, fileBase } = await datasetExport(user, datasetSegment, params, locale);
  return tableDownload(table, format, fileBase, {
    locale,
    title: `${translator(locale)("portfolio.title")}: ${table.name}`,
  });
}

/** GET /api/v1/pilots/export?format=csv|xlsx&q=&<the catalogue's filter parameters> */
export async function catalogueDownload(user: SessionUser | null, url: URL, locale: Locale) {
  const format = formatOf(url);
  const t = translator(locale);
  const table = await catalogueExport(user, url.searchParams, t, url.origin);
  return tableDownload(table, format, `${t("imports.export.fileName")}-${danishDay()}`, {
    locale,
    title: t("imports.export.sheetName"),
  });
}

/** GET /api/imports/{pilots|kpis}/template?format=xlsx|csv: the headers in the page's language; nothing secret. */
export async function templateDownload(which: "pilots" | "kpis", url: URL, locale: Locale) {
  const format: ExportFormat = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const t = translator(locale);
  const { tables } = which === "pilots" ? pilotTemplate(t, format) : kpiTemplate(t, format);
  const base =
    which === "pilots"
      ? locale === "da"
        ? "pilotprojekter-skabelon"
        : "pilots-template"
      : locale === "da"
        ? "maalinger-skabelon"
        : "measurements-template";
  return tableDownload(tables, format, base, { locale, title: tables[0].name });
}
