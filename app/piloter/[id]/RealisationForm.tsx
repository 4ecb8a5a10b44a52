"use client";
// A realised value by hand: which benefit and organisation, the period by the profile's frequency.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { recordRealisationAction } from "./spread-actions";

type Props = {
  profiles: { value: number; label: string }[];
  organisations: { value: number; label: string }[];
  labels: { profile: string; organisation: string };
  m: Messages["spreadPage"]["benefits"];
  errorHeading: string;
};

export function RealisationForm({ profiles, organisations, labels, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(recordRealisationAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="realisation-form">
      <h4 id="realisation-form">{m.formHeading}</h4>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary
          idPrefix="realisation-"
          heading={errorHeading}
          errors={e}
          labels={{
            profileId: labels.profile,
            organisationId: labels.organisation,
            period: m.period,
            value: m.value,
            note: m.note,
          }}
        />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <SelectField
          name="profileId"
          id="realisation-profileId"
          label={labels.profile}
          options={profiles}
          defaultValue={v.profileId}
          error={e.profileId}
        />
        <SelectField
          name="organisationId"
          id="realisation-organisationId"
          label={labels.organisation}
          options={organisations}
          defaultValue={v.organisationId}
          error={e.organisationId}
        />
        <Field
          name="period"
          id="realisation-period"
          label={m.period}
          hint={m.periodHint}
          autoComplete="off"
          required
          maxLength={20}
          defaultValue={v.period ?? ""}
          error={e.period}
        />
        <Field
          name="value"
          id="realisation-value"
          label={m.value}
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={v.value ?? ""}
          error={e.value}
        />
        <Field
          name="note"
          id="realisation-note"
          label={m.note}
          maxLength={500}
          autoComplete="off"
          defaultValue={v.note ?? ""}
          error={e.note}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  );
}
