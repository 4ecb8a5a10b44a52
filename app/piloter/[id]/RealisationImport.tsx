"use client";
// Realised benefits from a spreadsheet: a chosen CSV file is read into the text field (where a bad
// row can be corrected), and the server stores every row or none, naming the row it refuses.
import { useActionState, useState, type ChangeEvent } from "react";
import { SelectField } from "@/components/forms/SelectField";
import { TextArea } from "@/components/forms/TextArea";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { decodeCsvBytes } from "@/lib/exports/decode";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { importRealisationsAction } from "./spread-actions";

type Props = {
  profiles: { value: number; label: string }[];
  profileLabel: string;
  m: Messages["benefits"]["import"];
  errorHeading: string;
};

export function RealisationImport({ profiles, profileLabel, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(importRealisationsAction, idle);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  // Controlled: what was pasted or read stays after a refusal, and empties after an import.
  const [text, setText] = useState("");
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.status === "ok") setText("");
  }
  const e = state.fieldErrors ?? {};
  async function readFile(ev: ChangeEvent<HTMLInputElement>) {
    const file = ev.target.files?.[0];
    if (!file) return;
    setText(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
    ev.target.value = "";
  }
  return (
    <section aria-labelledby="realisation-import">
      <h4 id="realisation-import">{m.heading}</h4>
      <p>{m.lead}</p>
      <form action={formAction} noValidate className="stack-form">
        <ErrorSummary
          idPrefix="import-"
          heading={errorHeading}
          errors={e}
          labels={{ profileId: profileLabel, csv: m.csv }}
        />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <SelectField
          name="profileId"
          id="import-profileId"
          label={profileLabel}
          options={profiles}
          defaultValue={v.profileId}
          error={e.profileId}
        />
        <div className="form-group">
          <label className="form-label" htmlFor="import-file">
            {m.file}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="form-input"
            onChange={readFile}
          />
        </div>
        <TextArea
          name="csv"
          id="import-csv"
          label={m.csv}
          rows={6}
          value={text}
          onChange={(ev) => setText(ev.target.value)}
          error={e.csv}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  );
}
