"use client";
// A site by hand: its name, whose site it is, an optional address and the point. Coordinates may be
// typed the Danish way (56,1567); a swapped pair is caught and explained beside the field.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { addSiteAction } from "./site-actions";

type Props = {
  pilotId: number;
  organisations: { id: number; name: string }[];
  m: Messages["sites"];
  errorHeading: string;
};

export function SiteForm({ pilotId, organisations, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(addSiteAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const labels = {
    label: m.label,
    organisationId: m.organisation,
    address: m.address,
    longitude: m.longitude,
    latitude: m.latitude,
  };
  return (
    <section aria-labelledby="site-add-heading">
      <h3 id="site-add-heading">{m.addHeading}</h3>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary heading={errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <Field
          name="label"
          label={m.label}
          hint={m.labelHint}
          maxLength={120}
          required
          autoComplete="off"
          defaultValue={v.label ?? ""}
          error={e.label}
        />
        <SelectField
          name="organisationId"
          label={m.organisation}
          hint={m.organisationHint}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={v.organisationId ?? organisations[0]?.id}
          error={e.organisationId}
        />
        <Field
          name="address"
          label={m.address}
          hint={m.addressHint}
          maxLength={200}
          autoComplete="street-address"
          defaultValue={v.address ?? ""}
          error={e.address}
        />
        <Field
          name="longitude"
          label={m.longitude}
          hint={m.longitudeHint}
          inputMode="decimal"
          required
          autoComplete="off"
          defaultValue={v.longitude ?? ""}
          error={e.longitude}
        />
        <Field
          name="latitude"
          label={m.latitude}
          hint={m.latitudeHint}
          inputMode="decimal"
          required
          autoComplete="off"
          defaultValue={v.latitude ?? ""}
          error={e.latitude}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.add}
        </button>
      </form>
    </section>
  );
}
