"use client";
// What the import will do, before it does it: how many new rows, how many already stored, and every
// bad row with its row number, column and problem. Counts are announced; the tables are read at will.
import type { CsvError, CsvParse } from "@/lib/kpis/csv";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber, formatShortDate } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";
import styles from "@/components/results/results.module.css";

type M = Messages["results"]["csv"];

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));

function problem(e: CsvError, m: M, locale: Locale): string {
  const params = { ...e.params, ...(typeof e.params?.stored === "number" ? { stored: formatNumber(e.params.stored, locale) } : {}) };
  return fill(m.errors[e.code], params);
}

export function ImportPreview({ preview, m, locale }: { preview: CsvParse; m: M; locale: Locale }) {
  const n = (x: number) => formatNumber(x, locale);
  const badRows = new Set(preview.errors.map((e) => e.row)).size;
  const sample = preview.rows.slice(0, 5);
  return (
    <div className={styles.preview}>
      <h3>{m.previewHeading}</h3>
      <div aria-live="polite" data-testid="import-status">
        {preview.fileError && <p className={styles.problem}>{m.file[preview.fileError]}</p>}
        {!preview.fileError && preview.header && <p>{m.previewHeader}</p>}
        {!preview.fileError && badRows > 0 && <p className={styles.problem}>{badRows === 1 ? m.previewErrorsOne : fill(m.previewErrors, { rows: n(badRows) })}</p>}
        {!preview.fileError && badRows === 0 && preview.rows.length > 0 && <p>{preview.rows.length === 1 ? m.previewOkOne : fill(m.previewOk, { count: n(preview.rows.length) })}</p>}
        {!preview.fileError && preview.already.length > 0 && <p>{fill(m.previewAlready, { count: n(preview.already.length) })}</p>}
      </div>
      {preview.errors.length > 0 && (
        <TableRegion label={m.errorsCaption} className={styles.table}>
          <table className="table table--compact" data-testid="import-errors">
            <caption>{m.errorsCaption}</caption>
            <thead><tr><th scope="col" className="num">{m.colRow}</th><th scope="col">{m.colColumn}</th><th scope="col">{m.colProblem}</th></tr></thead>
            <tbody>
              {preview.errors.map((e, i) => (
                <tr key={i}><td className="num">{e.row}</td><td>{fill(m.column[e.field], { n: e.column })}</td><td>{problem(e, m, locale)}</td></tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {badRows === 0 && sample.length > 0 && (
        <TableRegion label={m.sampleCaption} className={styles.table}>
          <table className="table table--compact">
            <caption>{m.sampleCaption}</caption>
            <thead><tr><th scope="col" className="num">{m.colRow}</th><th scope="col">{m.column.date}</th><th scope="col" className="num">{m.column.value}</th><th scope="col">{m.column.note}</th></tr></thead>
            <tbody>
              {sample.map((r) => (
                <tr key={r.row}><td className="num">{r.row}</td><td>{formatShortDate(r.measuredAt)}</td><td className="num">{n(r.value)}</td><td>{r.note ?? ""}</td></tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
