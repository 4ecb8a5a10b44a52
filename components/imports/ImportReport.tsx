"use client";
// The server's report on a file: every bad row by row number and column (the file imports nothing
// while there are any), or the counts and the first rows of what an import would create.
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatKroner, formatNumber, formatShortDate } from "@/lib/format";
import { TableRegion } from "@/components/ui/TableRegion";
import type { ReportEvent } from "./read-events";
import styles from "./imports.module.css";

type M = Messages["imports"];
type PilotPreview = { pilots: number; phases: number; kroner: number; first: { row: number; title: string; lead: string; projectLead: string; phases: string; kroner: number }[] };
type KpiPreview = { count: number; already: number; first: { row: number; day: string; value: number; note: string }[] };

const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (all, k: string) => (k in p ? String(p[k]) : all));

export function ImportReport({ kind, report, m, locale }: { kind: "pilots" | "kpi"; report: ReportEvent; m: M; locale: Locale }) {
  const n = (x: number) => formatNumber(x, locale);
  if (report.errorRows > 0) {
    const hidden = report.errorCount - report.errors.length;
    return (
      <div className={styles.report} data-testid="import-report">
        <p className={styles.problem} role="alert">{report.errorRows === 1 ? m.report.rowsWithErrorsOne : fill(m.report.rowsWithErrors, { rows: n(report.errorRows) })}</p>
        <TableRegion label={m.report.caption}>
          <table className="table table--compact" data-testid="import-errors">
            <caption>{m.report.caption}</caption>
            <thead><tr><th scope="col" className="num">{m.report.row}</th><th scope="col">{m.report.column}</th><th scope="col">{m.report.problem}</th></tr></thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i}><td className="num">{e.row}</td><td>{e.column}</td><td>{e.message}</td></tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
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
        <p role="status">{fill(t.previewCounts, { pilots: n(p.pilots), phases: n(p.phases), kroner: formatKroner(p.kroner, locale) })}</p>
        <TableRegion label={t.previewCaption}>
          <table className="table table--compact">
            <caption>{t.previewCaption}</caption>
            <thead><tr><th scope="col" className="num">{m.report.row}</th><th scope="col">{t.colTitle}</th><th scope="col">{t.colLead}</th><th scope="col">{t.colProjectLead}</th><th scope="col">{t.colPhases}</th><th scope="col" className="num">{t.colGrant}</th></tr></thead>
            <tbody>
              {p.first.map((r) => (
                <tr key={r.row}><td className="num">{r.row}</td><td>{r.title}</td><td>{r.lead}</td><td>{r.projectLead}</td><td>{r.phases}</td><td className="num">{formatKroner(r.kroner, locale)}</td></tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
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
        <TableRegion label={m.pilots.previewCaption}>
          <table className="table table--compact">
            <caption>{m.pilots.previewCaption}</caption>
            <thead><tr><th scope="col" className="num">{m.report.row}</th><th scope="col">{c.date}</th><th scope="col" className="num">{c.value}</th><th scope="col">{c.note}</th></tr></thead>
            <tbody>
              {p.first.map((r) => (
                <tr key={r.row}><td className="num">{r.row}</td><td>{formatShortDate(r.day)}</td><td className="num">{n(r.value)}</td><td>{r.note}</td></tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}
