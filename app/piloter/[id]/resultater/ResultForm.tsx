"use client";
// One quick form for the lead: the running phase, today and "milestone" are filled in, so a result
// is a title and a submit away. Links are added a row at a time; everything typed survives an error.
import { useActionState, useState } from "react";
import { Field } from "@/components/forms/Field";
import { TitleField } from "@/components/forms/TitleField";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import { MAX_LINKS, RESULT_KINDS } from "@/lib/results/choices";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { logResultAction } from "./actions";

type Props = { phases: { id: number; name: string }[]; today: string; m: Messages["results"] };

const fill = (s: string, n: number) => s.replace("{n}", String(n));

export function ResultForm({ phases, today, m }: Props) {
  const [state, formAction, pending] = useActionState(logResultAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const typedLinks = Object.keys(v).filter((k) => /^link_\d+_url$/.test(k)).length;
  // Rows added by the button belong to this version of the form; a new submit starts again from what was sent.
  const [added, setAdded] = useState({ key, n: 0 });
  const extra = added.key === key ? added.n : 0;
  const rows = Math.min(MAX_LINKS, Math.max(1, typedLinks) + extra);
  const addRow = () => {
    setAdded({ key, n: extra + 1 });
    requestAnimationFrame(() => document.getElementById(`field-link_${rows + 1}_label`)?.focus());
  };
  const l = m.log;
  const labels: Record<string, string> = {
    phaseId: l.phase,
    kind: l.kind,
    occurredOn: l.date,
    title: l.titleLabel,
    body: l.body,
  };
  for (let n = 1; n <= rows; n++)
    Object.assign(labels, { [`link_${n}_label`]: fill(l.linkLabel, n), [`link_${n}_url`]: fill(l.linkUrl, n) });
  const phaseId = v.phaseId ?? String(phases.at(-1)!.id);
  return (
    <section aria-labelledby="result-form-heading">
      <h2 id="result-form-heading">{l.formHeading}</h2>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary heading={m.errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        {phases.length === 1 ? (
          <p>
            <input type="hidden" name="phaseId" value={phases[0].id} />
            {l.phase}: {phases[0].name}
          </p>
        ) : (
          <SelectField
            name="phaseId"
            label={l.phase}
            options={phases.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={phaseId}
            error={e.phaseId}
          />
        )}
        <ChoiceGroup
          field="kind"
          type="radio"
          legend={l.kind}
          error={e.kind}
          choices={RESULT_KINDS.map((k) => ({
            name: "kind",
            value: k,
            label: m.kind[k],
            hint: m.kindHint[k],
            checked: (v.kind ?? "MILESTONE") === k,
          }))}
        />
        <Field
          name="occurredOn"
          type="date"
          label={l.date}
          hint={l.dateHint}
          max={today}
          required
          defaultValue={v.occurredOn ?? today}
          error={e.occurredOn}
        />
        <TitleField label={l.titleLabel} autoComplete="off" defaultValue={v.title ?? ""} error={e.title} />
        <TextArea
          name="body"
          label={l.body}
          hint={l.bodyHint}
          rows={4}
          maxLength={5000}
          defaultValue={v.body ?? ""}
          error={e.body}
        />
        <fieldset aria-describedby="links-hint" className={styles.linkFields}>
          <legend className="form-label">{l.links}</legend>
          <span className="form-hint" id="links-hint">
            {l.linksHint}
          </span>
          {Array.from({ length: rows }, (_, i) => i + 1).map((n) => (
            <div className={styles.linkRows} key={n}>
              <Field
                name={`link_${n}_label`}
                label={fill(l.linkLabel, n)}
                maxLength={120}
                autoComplete="off"
                defaultValue={v[`link_${n}_label`] ?? ""}
                error={e[`link_${n}_label`]}
              />
              <Field
                name={`link_${n}_url`}
                type="url"
                inputMode="url"
                label={fill(l.linkUrl, n)}
                placeholder="https://"
                autoComplete="off"
                defaultValue={v[`link_${n}_url`] ?? ""}
                error={e[`link_${n}_url`]}
              />
            </div>
          ))}
          {rows < MAX_LINKS && (
            <button type="button" className="button button-secondary" onClick={addRow}>
              {l.addLink}
            </button>
          )}
        </fieldset>
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {pending ? l.submitting : l.submit}
        </button>
      </form>
    </section>
  );
}
