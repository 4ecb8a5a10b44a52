"use client";
// Upload → check → preview → commit, for pilots and for KPI measurements. The server checks the
// whole file and streams its progress; the preview shows counts, the first rows and every bad row
// by row and column. "Import" sends the same file again: the server checks it anew inside the
// transaction that writes, so what is committed never rests on what the browser was told.
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { FieldFrame, fieldAria } from "@/components/forms/FieldFrame";
import { FormMessage } from "@/components/forms/FormMessage";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/format";
import { postImport, type ProgressEvent, type ReportEvent, type StreamEvent } from "./read-events";
import { ImportReport } from "./ImportReport";
import styles from "./imports.module.css";

type M = Messages["imports"];
type Props = {
  kind: "pilots" | "kpi";
  endpoint: string;
  m: M;
  generic: string;
  locale: Locale;
  fileLabel: string;
  fileHint: string;
  checkLabel: string;
  /** Other controls sent with the file (e.g. the community). */
  children?: ReactNode;
  done?: { href: string; label: string };
};
type Status = "idle" | "busy" | "checked" | "done";

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (all, k: string) => (k in p ? String(p[k]) : all));

export function SpreadsheetImport({
  kind,
  endpoint,
  m,
  generic,
  locale,
  fileLabel,
  fileHint,
  checkLabel,
  children,
  done,
}: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState<ProgressEvent | "upload" | null>(null);
  /** The bar stays at its end after the work, so the user sees that it finished, not that it vanished. */
  const [complete, setComplete] = useState(false);
  const [report, setReport] = useState<ReportEvent | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ status: "ok" | "error"; text: string } | null>(null);
  const n = (x: number) => formatNumber(x, locale);
  const texts = kind === "pilots" ? m.pilots : m.kpi;

  async function run(mode: "check" | "commit") {
    const el = form.current!;
    const file = (el.elements.namedItem("file") as HTMLInputElement).files?.[0];
    setMessage(null);
    setFileError(undefined);
    if (!file) return setFileError(m.file.required);
    const body = new FormData(el);
    body.set("mode", mode);
    setStatus("busy");
    setComplete(false);
    setProgress("upload");
    if (mode === "check") setReport(null);
    let last: StreamEvent | null = null;
    let moved: ProgressEvent | null = null;
    const refused = await postImport(
      endpoint,
      body,
      (e) => {
        last = e;
        if (e.type === "progress") setProgress((moved = e));
      },
      generic,
      locale,
    );
    const bar = moved as ProgressEvent | null;
    setProgress(bar && !refused ? { ...bar, done: bar.total } : null);
    setComplete(!!bar && !refused);
    const end = last as StreamEvent | null;
    if (refused) {
      setStatus("idle");
      if (refused.fields?.file) setFileError(refused.fields.file);
      else setMessage({ status: "error", text: Object.values(refused.fields ?? {})[0] ?? refused.message });
    } else if (end?.type === "report") {
      setReport(end);
      setStatus(end.errorRows === 0 && mode === "check" ? "checked" : "idle");
    } else if (end?.type === "done") {
      setReport(null);
      setStatus("done");
      setMessage({ status: "ok", text: fill(texts.done, { count: n(end.count) }) });
    } else {
      setStatus("idle");
      const text = end?.type === "error" ? end.message : generic;
      if (end?.type === "error" && end.field === "file") setFileError(text);
      else setMessage({ status: "error", text });
    }
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run("check");
  };
  const reset = () => {
    setReport(null);
    setStatus("idle");
    setFileError(undefined);
  };
  const aria = fieldAria({
    name: "file",
    label: fileLabel,
    hint: fileHint,
    error: fileError,
    id: `${kind}-import-file`,
  });
  const count = report
    ? kind === "pilots"
      ? (report.preview as { pilots: number }).pilots
      : (report.preview as { count: number }).count
    : 0;
  const progressText =
    progress === "upload"
      ? m.progress.upload
      : progress
        ? fill(complete ? m.progress.done : m.progress[progress.stage], {
            done: n(progress.done),
            total: n(progress.total),
          })
        : "";
  return (
    <form ref={form} onSubmit={submit} noValidate className="stack-form">
      {message && <FormMessage status={message.status} message={message.text} />}
      {children}
      <FieldFrame label={fileLabel} hint={fileHint} error={fileError} fieldId={aria.id}>
        <input
          className="form-input"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          {...aria}
          onChange={reset}
        />
      </FieldFrame>
      <div className={styles.actions}>
        <button type="submit" className="button button-secondary" disabled={status === "busy"}>
          {checkLabel}
        </button>
        {status === "checked" && count > 0 && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => void run("commit")}
            data-testid="import-commit"
          >
            {fill(texts.commit, { count: n(count) })}
          </button>
        )}
      </div>
      <div className={styles.progress} aria-live="polite" data-testid="import-progress">
        {progress && (
          <>
            <label htmlFor={`${kind}-import-progress`}>{progressText}</label>
            <progress
              id={`${kind}-import-progress`}
              max={progress === "upload" ? undefined : Math.max(progress.total, 1)}
              value={progress === "upload" ? undefined : progress.done}
            />
          </>
        )}
      </div>
      {report && <ImportReport kind={kind} report={report} m={m} locale={locale} />}
      {status === "done" && done && (
        <p>
          <a href={done.href}>{done.label}</a>
        </p>
      )}
    </form>
  );
}
