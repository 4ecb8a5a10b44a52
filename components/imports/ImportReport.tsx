"use client";
// The server's report on a file: every bad row by row number and column (the file imports nothing
// while there are any), or the counts and the first rows of what an import would create.
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatKroner, formatNumber, formatShortDate } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import type { ReportEvent } from "./read-events";
import styles from "./imports.module.css";

type M = Messages["imports"];
type PilotPreview = {
  pilots: number;
  phases: number;
  kroner: number;
  first: { row: number; title: string; lead: string; projectLead: string; phases: string; kroner: number }[];
};
type KpiPreview = {
  count: number;
  already: number;
  first: { row: number; day: string; value: number; note: string }[];
};

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (all, k: string) => (k in p ? String(p[k]) : all));

export function ImportReport({
  kind,
  report,
  m,
  locale,
}: {
  kind: "pilots" | "kpi";
  report: ReportEvent;
  m: M;
  locale: Locale;
}) {
  const n = (x: number) => formatNumber(x, locale);
  // Every table here starts with the file's row number, so a reader can find the row in the sheet.
  const rowNumber = { key: "row", header: m.report.row, num: true, cell: (r: { row: number }) => r.row };
  if (report.errorRows > 0) {
    const hidden = report.errorCount - report.errors.length;
    return (
      <div className={styles.report} data-testid="import-report">
        <p className={styles.problem} role="alert">
          {report.errorRows === 1
            ? m.report.rowsWithErrorsOne
            : fill(m.report.rowsWithErrors, { rows: n(report.errorRows) })}
        </p>
        <Table
          caption={m.report.caption}
          testId="import-errors"
          rows={report.errors}
          rowKey={(_, i) => i}
          columns={[
            rowNumber,
            { key: "column", header: m.report.column, cell: (e) => e.column },
            { key: "problem", header: m.report.problem, cell: (e) => e.message },
          ]}
        />
        {hidden > 0 && <p>{fill(m.report.more, { count: n(hidden) })}</p>}
      </div>
    );
  }
  if (kind === "pilots") {
    const p = report.preview as PilotPreview;
    const t = m.pilots;
    return (
      <div className={styles.report} data-testid="import-report">
        <h3>{t.previewHeading}</h3>
        <p role="status">
          {fill(t.previewCounts, { pilots: n(p.pilots), phases: n(p.phases), kroner: formatKroner(p.kroner, locale) })}
        </p>
        <Table
          caption={t.previewCaption}
          rows={p.first}
          rowKey={(r) => r.row}
          columns={[
            rowNumber,
            { key: "title", header: t.colTitle, cell: (r) => r.title },
            { key: "lead", header: t.colLead, cell: (r) => r.lead },
            { key: "projectLead", header: t.colProjectLead, cell: (r) => r.projectLead },
            { key: "phases", header: t.colPhases, cell: (r) => r.phases },
            { key: "grant", header: t.colGrant, num: true, cell: (r) => formatKroner(r.kroner, locale) },
          ]}
        />
      </div>
    );
  }
  const p = report.preview as KpiPreview;
  const c = m.kpi.columns;
  return (
    <div className={styles.report} data-testid="import-report">
      <h3>{m.pilots.previewHeading}</h3>
      <p role="status">{fill(m.kpi.previewCounts, { count: n(p.count), already: n(p.already) })}</p>
      {p.first.length > 0 && (
        <Table
          caption={m.pilots.previewCaption}
          rows={p.first}
          rowKey={(r) => r.row}
          columns={[
            rowNumber,
            { key: "date", header: c.date, cell: (r) => formatShortDate(r.day) },
            { key: "value", header: c.value, num: true, cell: (r) => n(r.value) },
            { key: "note", header: c.note, cell: (r) => r.note },
          ]}
        />
      )}
    </div>
  );
}
