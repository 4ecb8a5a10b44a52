"use client";
// What the import will do, before it does it: how many new rows, how many already stored, and every
// bad row with its row number, column and problem. Counts are announced; the tables are read at will.
import type { CsvError, CsvParse } from "@/lib/kpis/csv";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatShortDate } from "@/lib/format";
import { Table } from "@/components/ui/Table";
import styles from "@/components/results/results.module.css";

type M = Messages["results"]["csv"];

const fill = (s: string, params: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));

function problem(e: CsvError, m: M, locale: Locale): string {
  const params = {
    ...e.params,
    ...(typeof e.params?.stored === "number" ? { stored: formatNumber(e.params.stored, locale) } : {}),
  };
  return fill(m.errors[e.code], params);
}

export function ImportPreview({ preview, m, locale }: { preview: CsvParse; m: M; locale: Locale }) {
  const n = (x: number) => formatNumber(x, locale);
  const badRows = new Set(preview.errors.map((e) => e.row)).size;
  const sample = preview.rows.slice(0, 5);
  const rowNumber = { key: "row", header: m.colRow, num: true, cell: (r: { row: number }) => r.row };
  return (
    <div className={styles.preview}>
      <h3>{m.previewHeading}</h3>
      <div aria-live="polite" data-testid="import-status">
        {preview.fileError && <p className={styles.problem}>{m.file[preview.fileError]}</p>}
        {!preview.fileError && preview.header && <p>{m.previewHeader}</p>}
        {!preview.fileError && badRows > 0 && (
          <p className={styles.problem}>
            {badRows === 1 ? m.previewErrorsOne : fill(m.previewErrors, { rows: n(badRows) })}
          </p>
        )}
        {!preview.fileError && badRows === 0 && preview.rows.length > 0 && (
          <p>{preview.rows.length === 1 ? m.previewOkOne : fill(m.previewOk, { count: n(preview.rows.length) })}</p>
        )}
        {!preview.fileError && preview.already.length > 0 && (
          <p>{fill(m.previewAlready, { count: n(preview.already.length) })}</p>
        )}
      </div>
      {preview.errors.length > 0 && (
        <Table
          caption={m.errorsCaption}
          regionClassName={styles.table}
          testId="import-errors"
          rows={preview.errors}
          rowKey={(_, i) => i}
          columns={[
            rowNumber,
            { key: "column", header: m.colColumn, cell: (e) => fill(m.column[e.field], { n: e.column }) },
            { key: "problem", header: m.colProblem, cell: (e) => problem(e, m, locale) },
          ]}
        />
      )}
      {badRows === 0 && sample.length > 0 && (
        <Table
          caption={m.sampleCaption}
          regionClassName={styles.table}
          rows={sample}
          rowKey={(r) => r.row}
          columns={[
            rowNumber,
            { key: "date", header: m.column.date, cell: (r) => formatShortDate(r.measuredAt) },
            { key: "value", header: m.column.value, num: true, cell: (r) => n(r.value) },
            { key: "note", header: m.column.note, cell: (r) => r.note ?? "" },
          ]}
        />
      )}
    </div>
  );
}
