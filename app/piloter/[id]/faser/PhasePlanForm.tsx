"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";

/** As the fields show them: the requested grant already written the reader's way ("250.000"). */
export type PhasePlanValues = {
  plannedStart: string;
  plannedEnd: string;
  requestedGrant: string;
  successCriteria: string;
  killCriteria: string;
};

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** phaseId and version to edit a plan; pilotId and kind to plan a new phase. */
  hidden: Record<string, string | number>;
  initial: PhasePlanValues;
  /** Keeps field ids unique when several phases are on the page. */
  idPrefix: string;
  m: Messages["pilots"];
  submitLabel: string;
};

export function PhasePlanForm({ action, hidden, initial, idPrefix, m, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const p = m.phases;
  const errors = state.fieldErrors;
  const echo = state.status === "error" ? state.values : undefined;
  const value = (name: keyof PhasePlanValues) => echo?.[name] ?? initial[name];
  const id = (name: string) => `${idPrefix}-${name}`;
  const labels = {
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    requestedGrant: p.requestedGrant,
    successCriteria: p.successCriteria,
    killCriteria: p.killCriteria,
  };
  return (
    <form action={formAction} noValidate className="stack-form">
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <ErrorSummary
        heading={m.form.errorSummary}
        hint={m.form.errorSummaryHint}
        errors={errors}
        labels={labels}
        idPrefix={`${idPrefix}-`}
      />
      {!errors && <FormMessage status={state.status} message={state.message} />}
      <div key={key}>
        <Field
          id={id("plannedStart")}
          name="plannedStart"
          type="date"
          label={p.plannedStart}
          hint={p.dateHint}
          required
          defaultValue={value("plannedStart")}
          error={errors?.plannedStart}
        />
        <Field
          id={id("plannedEnd")}
          name="plannedEnd"
          type="date"
          label={p.plannedEnd}
          hint={p.dateHint}
          required
          defaultValue={value("plannedEnd")}
          error={errors?.plannedEnd}
        />
        <Field
          id={id("requestedGrant")}
          name="requestedGrant"
          inputMode="numeric"
          label={p.requestedGrant}
          hint={p.requestedGrantHint}
          required
          defaultValue={value("requestedGrant")}
          error={errors?.requestedGrant}
        />
        <TextArea
          id={id("successCriteria")}
          name="successCriteria"
          label={p.successCriteria}
          hint={p.successHint}
          required
          defaultValue={value("successCriteria")}
          error={errors?.successCriteria}
        />
        <TextArea
          id={id("killCriteria")}
          name="killCriteria"
          label={p.killCriteria}
          hint={p.killHint}
          required
          defaultValue={value("killCriteria")}
          error={errors?.killCriteria}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
