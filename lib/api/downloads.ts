// Every download leaves through here: a table model written by the one CSV or XLSX writer
// (lib/exports), or a JSON document, with the headers a download needs. Members-only figures and
// personal data must never sit in a shared cache, so no download is cacheable.
import "server-only";
import type { Locale } from "../i18n/locales";
import { writeCsv } from "../exports/csv";
import { writeXlsx } from "../exports/xlsx";
import type { ExportFormat, Table } from "../exports/table";

const TYPES: Record<ExportFormat | "json", string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
};

/** A file name without spaces or letters some mail clients mangle. */
const safeName = (base: string) => base.replace(/[^a-z0-9._-]/gi, "_");

function download(body: BodyInit, type: keyof typeof TYPES, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[type],
      "Content-Disposition": `attachment; filename="${safeName(fileName)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Tables as one CSV (each under its name when there are several) or one workbook (a sheet each). */
export async function tableDownload(
  tables: Table | Table[],
  format: ExportFormat,
  fileBase: string,
  opts: { locale: Locale; title: string },
): Promise<Response> {
  const list = Array.isArray(tables) ? tables : [tables];
  const body = format === "csv" ? writeCsv(list, opts.locale) : await writeXlsx(list, opts.title);
  return download(body, format, `${fileBase}.${format}`);
}

export function jsonDownload(data: unknown, fileName: string): Response {
  return download(JSON.stringify(data, null, 2), "json", fileName);
}
