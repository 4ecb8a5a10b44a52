"use client";
import { OneClickForm } from "@/components/forms/OneClickForm";
// The spread offer's forms: the secretariat opens a window or makes the interests binding; a member
// says "Vi vil være med" for its organisation or withdraws. Values survive an error; messages sit
// beside their fields (PRODUCT.md rule 7).
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { useRequestKey } from "@/components/forms/RequestKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { closeWindowAction, declareInterestAction, openOfferAction, withdrawInterestAction } from "./spread-actions";

type M = Messages["spreadPage"];

export function OfferForm({
  pilotId,
  defaults,
  m,
  errorHeading,
}: {
  pilotId: number;
  defaults: { opensOn: string; closesOn: string };
  m: M;
  errorHeading: string;
}) {
  const [state, formAction, pending] = useActionState(openOfferAction, idle);
  const key = useRemountKey(state);
  const requestKey = useRequestKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = m.openForm;
  return (
    <section aria-labelledby="spread-offer-form">
      <h4 id="spread-offer-form">{f.heading}</h4>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary
          idPrefix="offer-"
          heading={errorHeading}
          errors={e}
          labels={{ opensOn: f.opensOn, closesOn: f.closesOn, buyInPercent: f.buyInPercent, note: f.note }}
        />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <input type="hidden" name="requestKey" value={requestKey} />
        <Field
          name="opensOn"
          id="offer-opensOn"
          label={f.opensOn}
          hint={f.dateHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.opensOn ?? defaults.opensOn}
          error={e.opensOn}
        />
        <Field
          name="closesOn"
          id="offer-closesOn"
          label={f.closesOn}
          hint={f.dateHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.closesOn ?? defaults.closesOn}
          error={e.closesOn}
        />
        <Field
          name="buyInPercent"
          id="offer-buyInPercent"
          label={f.buyInPercent}
          hint={f.buyInHint}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={v.buyInPercent ?? "0"}
          error={e.buyInPercent}
        />
        <Field
          name="note"
          id="offer-note"
          label={f.note}
          maxLength={2000}
          autoComplete="off"
          defaultValue={v.note ?? ""}
          error={e.note}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {f.submit}
        </button>
      </form>
    </section>
  );
}

export function CloseWindowButton({ offerId, m }: { offerId: number; m: M }) {
  const [state, formAction, pending] = useActionState(closeWindowAction, idle);
  const requestKey = useRequestKey(state);
  return (
    <form action={formAction}>
      <p>{m.close.hint}</p>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="requestKey" value={requestKey} />
      <FormMessage status={state.status} message={state.message} />
      {state.status !== "ok" && (
        <button type="submit" className="button button-primary" disabled={pending}>
          {m.close.submit}
        </button>
      )}
    </form>
  );
}

type InterestProps = {
  pilotId: number;
  quarters: string[];
  current: { units: number; goLive: string; contactName: string; contactEmail: string } | null;
  contact: { name: string; email: string };
  m: M;
  errorHeading: string;
};

export function InterestForm({ pilotId, quarters, current, contact, m, errorHeading }: InterestProps) {
  const [state, formAction, pending] = useActionState(declareInterestAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const f = m.interest;
  const labels = { units: f.units, goLive: f.goLive, contactName: f.contactName, contactEmail: f.contactEmail };
  return (
    <section aria-labelledby="spread-interest-form">
      <h4 id="spread-interest-form">{f.heading}</h4>
      <p>{f.lead}</p>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary idPrefix="interest-" heading={errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <Field
          name="units"
          id="interest-units"
          label={f.units}
          hint={f.unitsHint}
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={v.units ?? current?.units ?? ""}
          error={e.units}
        />
        <SelectField
          name="goLive"
          id="interest-goLive"
          label={f.goLive}
          options={quarters.map((q) => ({ value: q, label: q }))}
          defaultValue={v.goLive ?? current?.goLive ?? quarters[1]}
          error={e.goLive}
        />
        <Field
          name="contactName"
          id="interest-contactName"
          label={f.contactName}
          autoComplete="name"
          required
          maxLength={200}
          defaultValue={v.contactName ?? current?.contactName ?? contact.name}
          error={e.contactName}
        />
        <Field
          name="contactEmail"
          id="interest-contactEmail"
          label={f.contactEmail}
          type="email"
          autoComplete="email"
          required
          maxLength={200}
          defaultValue={v.contactEmail ?? current?.contactEmail ?? contact.email}
          error={e.contactEmail}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {current ? f.update : f.submit}
        </button>
      </form>
    </section>
  );
}

export function WithdrawButton({ pilotId, m }: { pilotId: number; m: M }) {
  return <OneClickForm action={withdrawInterestAction} fields={{ pilotId }} label={m.interest.withdraw} />;
}
