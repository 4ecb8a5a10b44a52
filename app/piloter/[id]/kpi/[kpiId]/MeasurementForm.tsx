"use client";
// One measurement by hand: today is filled in, so it is a number and Enter.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { addMeasurementAction } from "../actions";

export function MeasurementForm({
  kpiId,
  unit,
  today,
  m,
}: {
  kpiId: number;
  unit: string;
  today: string;
  m: Messages["results"];
}) {
  const [state, formAction, pending] = useActionState(addMeasurementAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const k = m.kpi;
  const valueLabel = k.value.replace("{unit}", unit);
  return (
    <section aria-labelledby="measurement-heading">
      <h2 id="measurement-heading">{k.measurementHeading}</h2>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary heading={m.errorHeading} errors={e} labels={{ date: k.date, value: valueLabel, note: k.note }} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="kpiId" value={kpiId} />
        <Field
          name="date"
          type="date"
          label={k.date}
          hint={k.dateHint}
          max={today}
          required
          defaultValue={v.date ?? today}
          error={e.date}
        />
        <Field
          name="value"
          label={valueLabel}
          hint={k.valueHint}
          inputMode="decimal"
          required
          autoComplete="off"
          defaultValue={v.value ?? ""}
          error={e.value}
        />
        <Field
          name="note"
          label={k.note}
          hint={k.noteHint}
          maxLength={500}
          autoComplete="off"
          defaultValue={v.note ?? ""}
          error={e.note}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {k.addMeasurement}
        </button>
      </form>
    </section>
  );
}
