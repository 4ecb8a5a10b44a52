"use client";
// Add a risk, or review one: description, probability and consequence 1–5, owner, mitigation,
// status and the day it was reviewed. Every message beside its field; what was typed stays.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { RISK_STATUSES } from "@/lib/risks/choices";

export type RiskValues = {
  riskId?: number;
  version?: number;
  description: string;
  probability: string;
  consequence: string;
  owner: string;
  mitigation: string;
  status: string;
  reviewedAt: string;
};

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  pilotId: number;
  initial: RiskValues;
  m: Messages["risks"];
  errorHeading: string;
};

export function RiskForm({ action, pilotId, initial, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const f = m.form;
  const e = state.fieldErrors;
  const v = (name: keyof RiskValues) =>
    state.status === "error"
      ? (state.values?.[name] ?? "")
      : String(
          state.status === "ok" && !initial.riskId
            ? name === "status"
              ? "OPEN"
              : name === "reviewedAt"
                ? initial.reviewedAt
                : ""
            : (initial[name] ?? ""),
        );
  const labels = {
    description: f.description,
    probability: f.probability,
    consequence: f.consequence,
    owner: f.owner,
    mitigation: f.mitigation,
    status: f.status,
    reviewedAt: f.reviewedAt,
  };
  const levels = [{ value: "", label: "–" }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];
  return (
    <section aria-labelledby="risk-form-heading">
      <h2 id="risk-form-heading">{initial.riskId ? f.editHeading : f.addHeading}</h2>
      <form action={formAction} noValidate className="stack-form">
        <ErrorSummary heading={errorHeading} errors={e} labels={labels} />
        {!e && <FormMessage status={state.status} message={state.message} />}
        <input type="hidden" name="pilotId" value={pilotId} />
        {initial.riskId && <input type="hidden" name="riskId" value={initial.riskId} />}
        {initial.version && <input type="hidden" name="version" value={initial.version} />}
        <div key={key}>
          <TextArea
            name="description"
            label={f.description}
            rows={3}
            required
            defaultValue={v("description")}
            error={e?.description}
          />
          <SelectField
            name="probability"
            label={f.probability}
            hint={f.probabilityHint}
            required
            defaultValue={v("probability")}
            error={e?.probability}
            options={levels}
          />
          <SelectField
            name="consequence"
            label={f.consequence}
            hint={f.consequenceHint}
            required
            defaultValue={v("consequence")}
            error={e?.consequence}
            options={levels}
          />
          <Field
            name="owner"
            label={f.owner}
            hint={f.ownerHint}
            required
            maxLength={120}
            autoComplete="off"
            defaultValue={v("owner")}
            error={e?.owner}
          />
          <TextArea
            name="mitigation"
            label={f.mitigation}
            hint={f.mitigationHint}
            rows={3}
            defaultValue={v("mitigation")}
            error={e?.mitigation}
          />
          <SelectField
            name="status"
            label={f.status}
            required
            defaultValue={v("status") || "OPEN"}
            error={e?.status}
            options={RISK_STATUSES.map((s) => ({ value: s, label: m.status[s] }))}
          />
          <Field
            name="reviewedAt"
            type="date"
            label={f.reviewedAt}
            hint={f.reviewedAtHint}
            required
            defaultValue={v("reviewedAt")}
            error={e?.reviewedAt}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {initial.riskId ? f.save : f.add}
        </button>
      </form>
    </section>
  );
}
