"use client";
// "Send testdata": a pasted body is read by the chosen target's mapping on the server, exactly as a
// delivery would be, and the table says what each reading would become. Nothing is stored; the body
// stays in the field to be edited and tried again.
import { useActionState, useState } from "react";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { FormMessage } from "@/components/forms/FormMessage";
import { Table } from "@/components/ui/Table";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { PREVIEW_ROWS } from "@/lib/push/limits";
import { previewPushAction } from "../push-actions";
import type { PushPreviewState } from "../push-state";
import { fill } from "./fill";
import styles from "./push.module.css";

type Props = {
  kpiId: number;
  unit: string;
  targets: { id: number; name: string }[];
  m: Messages["push"];
  locale: Locale;
};

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "da" ? "da-DK" : "en-GB", {
    dateStyle: "short",
    timeStyle: "medium",
    timeZone: "Europe/Copenhagen",
  }).format(new Date(iso));

export function PushTest({ kpiId, unit, targets, m, locale }: Props) {
  const [state, formAction, pending] = useActionState<PushPreviewState, FormData>(previewPushAction, idle);
  const [sample, setSample] = useState("");
  const number = new Intl.NumberFormat(locale === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 6 });
  const reason = (r: string, params: Record<string, string | number> = {}) =>
    fill((m.reasons as Record<string, string>)[r] ?? m.reasons.unknown, params);
  const p = state.preview;
  return (
    <section aria-labelledby="push-test-heading">
      <h3 id="push-test-heading">{m.testHeading}</h3>
      <p>{m.testLead}</p>
      <form action={formAction} noValidate className="stack-form">
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="kpiId" value={kpiId} />
        <SelectField
          name="targetId"
          label={m.testTarget}
          options={targets.map((t) => ({ value: t.id, label: t.name }))}
          defaultValue={targets[0]?.id}
        />
        <TextArea
          name="sample"
          label={m.sample}
          hint={m.sampleHint}
          rows={10}
          spellCheck={false}
          className={`form-input ${styles.sample}`}
          value={sample}
          onChange={(ev) => setSample(ev.target.value)}
          error={state.fieldErrors?.sample}
        />
        <button type="submit" className={`button button-secondary ${styles.submit}`} disabled={pending}>
          {pending ? m.testing : m.testSend}
        </button>
      </form>
      <div aria-live="polite">
        {p && !p.ok && (
          <FormMessage status="error" message={fill(m.previewRefused, { reason: reason(p.reason, p.params) })} />
        )}
        {p && p.ok && (
          <>
            <h4>{m.previewHeading}</h4>
            <p data-testid="push-preview-counts">{fill(m.previewCounts, p.counts)}</p>
            {p.counts.readings > PREVIEW_ROWS && (
              <p>{fill(m.previewMore, { shown: PREVIEW_ROWS, total: p.counts.readings })}</p>
            )}
            <Table
              caption={m.previewCaption}
              testId="push-preview"
              rows={p.rows}
              rowKey={(r) => r.index}
              columns={[
                { key: "index", header: m.colIndex, cell: (r) => r.index + 1 },
                {
                  key: "time",
                  header: m.colTime,
                  cellProps: { className: styles.nowrap },
                  cell: (r) => (r.at ? (p.timeFromBody ? when(r.at, locale) : m.receiveTime) : ""),
                },
                {
                  key: "device",
                  header: m.colDevice,
                  cellProps: { className: styles.url },
                  cell: (r) => r.deviceId ?? "",
                },
                {
                  key: "value",
                  header: fill(m.colValue, { unit }),
                  num: true,
                  cell: (r) => (
                    <>
                      {r.value === null ? "" : number.format(r.value)}
                      {r.flagged && r.status === "new" && <span className={`tag ${styles.flagged}`}>{m.flagged}</span>}
                    </>
                  ),
                },
                {
                  key: "outcome",
                  header: m.colOutcome,
                  cell: (r) => (
                    <>
                      {m.status[r.status]}
                      {r.reason ? `: ${reason(r.reason, r.params)}` : ""}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
      </div>
    </section>
  );
}
