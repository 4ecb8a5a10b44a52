"use client";
// One organisation's operation of the solution: status, go-live, owner, yearly cost, OS2iot link.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { saveOperationAction } from "./spread-actions";

type Props = {
  pilotId: number;
  organisations: { id: number; name: string }[];
  statuses: { value: string; label: string }[];
  iotStatuses: { value: string; label: string }[];
  m: Messages["spreadPage"]["operations"];
  errorHeading: string;
};

export function OperationForm({ pilotId, organisations, statuses, iotStatuses, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(saveOperationAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const labels = {
    organisationId: m.organisationField,
    status: m.statusField,
    goLiveOn: m.goLiveOn,
    ownerUnit: m.ownerUnit,
    ownerContact: m.ownerContact,
    yearlyCost: m.yearlyCostField,
    iotApplicationId: m.iotApplicationId,
    iotStatus: m.iotStatus,
  };
  return (
    <section aria-labelledby="operation-form">
      <h4 id="operation-form">{m.formHeading}</h4>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary idPrefix="op-" heading={errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <SelectField
          name="organisationId"
          id="op-organisationId"
          label={m.organisationField}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={v.organisationId}
          error={e.organisationId}
        />
        <SelectField
          name="status"
          id="op-status"
          label={m.statusField}
          options={statuses}
          defaultValue={v.status ?? "IN_OPERATION"}
          error={e.status}
        />
        <Field
          name="goLiveOn"
          id="op-goLiveOn"
          label={m.goLiveOn}
          hint={m.goLiveHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.goLiveOn ?? ""}
          error={e.goLiveOn}
        />
        <Field
          name="ownerUnit"
          id="op-ownerUnit"
          label={m.ownerUnit}
          maxLength={200}
          autoComplete="off"
          required
          defaultValue={v.ownerUnit ?? ""}
          error={e.ownerUnit}
        />
        <Field
          name="ownerContact"
          id="op-ownerContact"
          label={m.ownerContact}
          maxLength={200}
          autoComplete="off"
          required
          defaultValue={v.ownerContact ?? ""}
          error={e.ownerContact}
        />
        <Field
          name="yearlyCost"
          id="op-yearlyCost"
          label={m.yearlyCostField}
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={v.yearlyCost ?? ""}
          error={e.yearlyCost}
        />
        <Field
          name="iotApplicationId"
          id="op-iotApplicationId"
          label={m.iotApplicationId}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.iotApplicationId ?? ""}
          error={e.iotApplicationId}
        />
        <SelectField
          name="iotStatus"
          id="op-iotStatus"
          label={m.iotStatus}
          options={[{ value: "", label: m.iotNone }, ...iotStatuses]}
          defaultValue={v.iotStatus ?? ""}
          error={e.iotStatus}
        />
        <p className="form-hint">{m.sitesHint}</p>
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  );
}
