// KPI measurements from a spreadsheet (.xlsx or .csv upload). The rows are written out as the
// semicolon CSV the existing import reads, one line per sheet row, so the same rules
// (lib/kpis/csv.ts) judge them and every error keeps the row number the user sees in Excel; the
// commit goes through the same all-or-nothing store as the CSV form and the API (lib/kpis/store.ts).
import "server-only";
import type { Translate } from "../i18n/messages";
import type { SessionUser } from "../auth/session";
import { AppError } from "../errors";
import { parseMeasurementsCsv, type CsvParse } from "../kpis/csv";
import { visibleKpi } from "../kpis/access";
import { storePoints } from "../kpis/store";
import { prisma } from "../db";
import { cellText, type SheetRow, type SheetUpload } from "./workbook";

import { danishDay } from "../dates";
import { authorizeRecording } from "../pilots/access";
import { requireSignedIn } from "../auth/permissions";
import type { ImportEvent, Send } from "./progress";
const SHOWN_ERRORS = 500;

/** Sheet rows → CSV text with a line for every row number, blank where the sheet has none. */
export function sheetAsCsv(rows: SheetRow[]): string {
  const lines: string[] = [];
  for (const { row, cells } of rows) {
    while (lines.length < row - 1) lines.push("");
    lines.push(
      cells
        .map((c) => cellText(c).replace(/[\r\n]+/g, " "))
        .map((s) => (/[;"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s))
        .join(";"),
    );
  }
  return lines.join("\n");
}

function report(t: Translate, parsed: CsvParse): ImportEvent {
  const column = (e: CsvParse["errors"][number]) =>
    e.field === "extra" ? t("results.csv.column.extra", { n: e.column }) : t(`imports.kpi.columns.${e.field}`);
  return {
    type: "report",
    rows: parsed.rows.length + parsed.already.length + new Set(parsed.errors.map((e) => e.row)).size,
    errors: parsed.errors
      .slice(0, SHOWN_ERRORS)
      .map((e) => ({ row: e.row, column: column(e), message: t(`results.csv.errors.${e.code}`, e.params) })),
    errorRows: new Set(parsed.errors.map((e) => e.row)).size,
    errorCount: parsed.errors.length,
    preview: {
      count: parsed.rows.length,
      already: parsed.already.length,
      first: parsed.rows.slice(0, 5).map((r) => ({ row: r.row, day: r.day, value: r.value, note: r.note ?? "" })),
    },
  };
}

const fileProblem = (parsed: CsvParse) => {
  if (parsed.fileError)
    throw new AppError("BAD_REQUEST", `results.csv.file.${parsed.fileError}`, {
      file: `results.csv.file.${parsed.fileError}`,
    });
};

/** The check: who may record here is decided first (404/403/409), then every row is judged. */
/** A CSV upload is read as it was written (its own separator decides what "1.200" means); a workbook via its cells. */
const asCsv = (upload: SheetUpload) => upload.text ?? sheetAsCsv(upload.rows);

export async function checkMeasurementImport(
  user: SessionUser | null,
  kpiId: number,
  upload: SheetUpload,
  t: Translate,
  send: Send,
) {
  requireSignedIn(user);
  const { pilot } = await visibleKpi(user, kpiId);
  authorizeRecording(user, pilot, "recordKpi");
  const text = asCsv(upload);
  const total = upload.rows.length;
  await send({ type: "progress", stage: "check", done: 0, total });
  const stored = await prisma.kpiMeasurement.findMany({ where: { kpiId }, select: { measuredAt: true, value: true } });
  const parsed = parseMeasurementsCsv(text, {
    today: danishDay(new Date()),
    existing: new Map(stored.map((m) => [m.measuredAt.getTime(), m.value])),
  });
  fileProblem(parsed);
  await send({ type: "progress", stage: "check", done: total, total });
  await send(report(t, parsed));
}

class Rejected extends Error {
  constructor(readonly parsed: CsvParse) {
    super("rejected");
  }
}

/** Checks again inside the transaction and stores all rows or none; bad rows end in a report. */
export async function commitMeasurementImport(
  user: SessionUser | null,
  kpiId: number,
  upload: SheetUpload,
  t: Translate,
  send: Send,
) {
  const text = asCsv(upload);
  try {
    const { imported } = await storePoints(user, kpiId, {
      source: "IMPORT",
      audit: "import-measurements",
      nothingNew: { key: "results.csv.nothingNew", field: "file" },
      check: ({ today, existing }) => {
        const parsed = parseMeasurementsCsv(text, { today, existing });
        fileProblem(parsed);
        if (parsed.errors.length) throw new Rejected(parsed);
        return parsed;
      },
      progress: (done, total) => send({ type: "progress", stage: "save", done, total }),
    });
    await send({ type: "done", count: imported });
  } catch (err) {
    if (!(err instanceof Rejected)) throw err;
    await send(report(t, err.parsed));
  }
}
