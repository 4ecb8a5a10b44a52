// The two download routes differ only in the writer: both look the pilot up through the visibility
// rule (404 for a pilot the user may not see) and name the file after the pilot.
import "server-only";
import { AppError } from "../errors";
import { translator } from "../i18n/messages";
import type { Locale } from "../i18n/locales";
import type { SessionUser } from "../auth/session";
import { getExpenseLedger } from "./expense-ledger";
import { budgetSheets, exportBaseName } from "./export";
import { toCsv } from "./export-csv";
import { toXlsx } from "./export-xlsx";
import { parseId } from "./api-format";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export async function exportResponse(user: SessionUser | null, idSegment: string, format: keyof typeof TYPES, locale: Locale) {
  const id = parseId(idSegment);
  const ledger = id && (await getExpenseLedger(user, id));
  if (!ledger) throw new AppError("NOT_FOUND", "errors.notFound");
  const t = translator(locale);
  const sheets = budgetSheets(ledger, t);
  const body = format === "csv" ? toCsv(sheets) : new Uint8Array(await toXlsx(sheets, t("pilotPage.export.title", { title: ledger.title })));
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${exportBaseName(ledger.id)}.${format}"`,
      // Budgets of members-only pilots must not sit in shared caches.
      "Cache-Control": "private, no-store",
    },
  });
}
