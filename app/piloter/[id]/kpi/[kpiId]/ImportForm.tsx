"use client";
// The CSV import. A chosen file is read into the text field, where a bad row can be corrected on the
// spot; the preview below checks every row with the same parser the server will use, and names each
// bad one by row and column. The server parses again and imports everything or nothing.
import { useActionState, useEffect, useMemo, useState, type ChangeEvent } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { CsvParse } from "@/lib/kpis/csv";
import { MAX_IMPORT_CHARS } from "@/lib/kpis/limits";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import styles from "@/components/results/results.module.css";
import { importMeasurementsAction } from "../actions";
import { ImportPreview } from "./ImportPreview";

import { decodeCsvBytes } from "@/lib/exports/decode";
type Props = { kpiId: number; today: string; existing: [number, number][]; m: Messages["results"]; locale: Locale };

export function ImportForm({ kpiId, today, existing, m, locale }: Props) {
  const [state, formAction, pending] = useActionState(importMeasurementsAction, idle);
  const [text, setText] = useState("");
  const [checked, setChecked] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  // After an import the field starts empty again; after a refusal it keeps the text to correct.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok") {
      setText("");
      setChecked("");
      setFileName(null);
    }
  }
  // Checking 10,000 rows takes a moment: wait until typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const stored = useMemo(() => new Map(existing), [existing]);
  // The parser (with csv-parse and zod, ~45 kB gzip) loads when there is something to check, not with
  // the page (issue 22); the preview is the same function the server enforces.
  const [parsed, setParsed] = useState<{ text: string; stored: Map<number, number>; result: CsvParse } | null>(null);
  useEffect(() => {
    if (!checked.trim()) return;
    let live = true;
    void import("@/lib/kpis/csv").then(({ parseMeasurementsCsv }) => {
      if (live)
        setParsed({ text: checked, stored, result: parseMeasurementsCsv(checked, { today, existing: stored }) });
    });
    return () => {
      live = false;
    };
  }, [checked, today, stored]);
  const preview = checked.trim() && parsed?.text === checked && parsed.stored === stored ? parsed.result : null;

  async function readFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setText(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
    setFileName(file.name);
    e.target.value = ""; // the text is sent, not the file; and the same file can be chosen again after a fix
  }

  const c = m.csv;
  const ready =
    preview && !preview.fileError && preview.errors.length === 0 && preview.rows.length > 0 && checked === text;
  const blocked =
    preview?.fileError === "tooLarge" || preview?.fileError === "tooManyRows" || text.length > MAX_IMPORT_CHARS;
  const label = ready
    ? preview.rows.length === 1
      ? c.submitOne
      : c.submit.replace(
          "{count}",
          new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB").format(preview.rows.length),
        )
    : c.submitPlain;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{c.heading}</h2>
      <p>{c.lead}</p>
      <form action={formAction} noValidate className="stack-form">
        <FormMessage status={state.status} message={state.message} />
        <input type="hidden" name="kpiId" value={kpiId} />
        <Field
          name="file"
          type="file"
          label={c.fileLabel}
          hint={c.fileHint}
          accept=".csv,.txt,text/csv,text/plain"
          onChange={readFile}
        />
        {fileName && <p>{c.loaded.replace("{name}", fileName)}</p>}
        <TextArea
          name="csv"
          label={c.text}
          hint={c.textHint}
          rows={8}
          spellCheck={false}
          className={`form-input ${styles.mono}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={state.status === "error" ? state.fieldErrors?.csv : undefined}
        />
        {preview && <ImportPreview preview={preview} m={c} locale={locale} />}
        {!blocked && (
          <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
            {pending ? c.submitting : label}
          </button>
        )}
      </form>
    </section>
  );
}
