"use client";
// The benefit plan (gevinstrealiseringsplan), for the lead and the secretariat: a profile (what is
// gained, in which unit, measured how often), and per organisation its benefit owner and targets.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { createProfileAction, saveOwnerAction } from "./spread-actions";

type Option = { value: string | number; label: string };
type M = Messages["spreadPage"]["plan"];

export function ProfileForm({
  pilotId,
  kinds,
  frequencies,
  m,
  errorHeading,
}: {
  pilotId: number;
  kinds: Option[];
  frequencies: Option[];
  m: M;
  errorHeading: string;
}) {
  const [state, formAction, pending] = useActionState(createProfileAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  return (
    <section aria-labelledby="profile-form">
      <h4 id="profile-form">{m.profileHeading}</h4>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary
          idPrefix="profile-"
          heading={errorHeading}
          errors={e}
          labels={{ name: m.name, kind: m.kind, unit: m.unit, baseline: m.baseline, frequency: m.frequency }}
        />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <Field
          name="name"
          id="profile-name"
          label={m.name}
          maxLength={200}
          required
          autoComplete="off"
          defaultValue={v.name ?? ""}
          error={e.name}
        />
        <SelectField
          name="kind"
          id="profile-kind"
          label={m.kind}
          options={kinds}
          defaultValue={v.kind}
          error={e.kind}
        />
        <Field
          name="unit"
          id="profile-unit"
          label={m.unit}
          hint={m.unitHint}
          maxLength={40}
          required
          autoComplete="off"
          defaultValue={v.unit ?? ""}
          error={e.unit}
        />
        <Field
          name="baseline"
          id="profile-baseline"
          label={m.baseline}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={v.baseline ?? "0"}
          error={e.baseline}
        />
        <SelectField
          name="frequency"
          id="profile-frequency"
          label={m.frequency}
          options={frequencies}
          defaultValue={v.frequency ?? "QUARTERLY"}
          error={e.frequency}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.profileSubmit}
        </button>
      </form>
    </section>
  );
}

type OwnerProps = { profiles: Option[]; organisations: Option[]; years: number[]; m: M; errorHeading: string };

export function OwnerForm({ profiles, organisations, years, m, errorHeading }: OwnerProps) {
  const [state, formAction, pending] = useActionState(saveOwnerAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const labels: Record<string, string> = {
    profileId: m.profile,
    organisationId: m.organisation,
    ownerEmail: m.ownerEmail,
  };
  years.forEach((y, i) => {
    labels[`target_${i + 1}_pessimistic`] = `${m.pessimistic} ${y}`;
    labels[`target_${i + 1}_likely`] = `${m.likely} ${y}`;
    labels[`target_${i + 1}_optimistic`] = `${m.optimistic} ${y}`;
  });
  return (
    <section aria-labelledby="owner-form">
      <h4 id="owner-form">{m.ownerHeading}</h4>
      <p>{m.ownerLead}</p>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary idPrefix="owner-" heading={errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <SelectField
          name="profileId"
          id="owner-profileId"
          label={m.profile}
          options={profiles}
          defaultValue={v.profileId}
          error={e.profileId}
        />
        <SelectField
          name="organisationId"
          id="owner-organisationId"
          label={m.organisation}
          options={organisations}
          defaultValue={v.organisationId}
          error={e.organisationId}
        />
        <Field
          name="ownerEmail"
          id="owner-ownerEmail"
          label={m.ownerEmail}
          hint={m.ownerEmailHint}
          type="email"
          autoComplete="off"
          required
          maxLength={200}
          defaultValue={v.ownerEmail ?? ""}
          error={e.ownerEmail}
        />
        {years.map((y, i) => (
          <fieldset key={y} className="form-group">
            <legend className="form-label">{`${m.targets} ${y}`}</legend>
            <input type="hidden" name={`target_${i + 1}_year`} value={y} />
            {(["pessimistic", "likely", "optimistic"] as const).map((k) => (
              <Field
                key={k}
                name={`target_${i + 1}_${k}`}
                id={`owner-target_${i + 1}_${k}`}
                label={`${m[k]} ${y}`}
                inputMode="decimal"
                autoComplete="off"
                defaultValue={v[`target_${i + 1}_${k}`] ?? ""}
                error={e[`target_${i + 1}_${k}`]}
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.ownerSubmit}
        </button>
      </form>
    </section>
  );
}
