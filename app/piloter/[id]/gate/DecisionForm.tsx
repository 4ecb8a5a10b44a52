"use client";
// The steering group's decision. Only the outcomes the state machine allows are offered; the fields
// each outcome needs appear with it. Immutable once made, so the form says so before the button.
import { useActionState, useState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import type { GateOutcome } from "@/lib/generated/prisma/enums";
import { decideAction } from "./actions";
import styles from "./gate.module.css";
import { RequestKeyField, useRequestKey } from "@/components/forms/RequestKey";

type Props = {
  pilotId: number;
  reviewId: number;
  outcomes: GateOutcome[];
  quorumReached: boolean;
  /** As the field shows it: "250.000". */
  requestedGrant: string | null;
  pool: { year: number; balance: string } | null;
  adoptable: { id: number; name: string }[];
  m: Messages["gates"];
};

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

export function DecisionForm({
  pilotId,
  reviewId,
  outcomes,
  quorumReached,
  requestedGrant,
  pool,
  adoptable,
  m,
}: Props) {
  const [state, formAction, pending] = useActionState(decideAction, idle);
  const key = useRemountKey(state);
  const requestKey = useRequestKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const d = m.decide;
  const [outcome, setOutcome] = useState<string>(v.outcome ?? "");
  const [rows, setRows] = useState(
    Math.max(1, ...Object.keys(v).map((k) => Number(/^condition_(\d+)_text$/.exec(k)?.[1] ?? 0))),
  );
  const labels: Record<string, string> = {
    outcome: d.outcome,
    rationale: d.rationale,
    grant: d.grant,
    newDeadline: d.newDeadline,
    extraGrant: d.extraGrant,
    procurementRecommendation: d.procurement,
    adopters: d.adopters,
  };
  for (let i = 1; i <= rows; i++)
    Object.assign(labels, {
      [`condition_${i}_text`]: fill(d.conditionText, { n: i }),
      [`condition_${i}_due`]: fill(d.conditionDue, { n: i }),
    });
  return (
    <section aria-labelledby="decide-heading">
      <h3 id="decide-heading">{d.heading}</h3>
      {!quorumReached && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{d.noQuorum}</p>
          </div>
        </div>
      )}
      {pool && <p>{fill(d.pool, pool)}</p>}
      <form action={formAction} noValidate key={key}>
        <ErrorSummary heading={m.form.errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <input type="hidden" name="reviewId" value={reviewId} />
        <RequestKeyField value={requestKey} />
        <div
          onChange={(ev) => {
            const t = ev.target as HTMLInputElement;
            if (t.name === "outcome") setOutcome(t.value);
          }}
        >
          <ChoiceGroup
            type="radio"
            field="outcome"
            legend={d.outcome}
            error={e.outcome}
            choices={outcomes.map((o) => ({
              name: "outcome",
              value: o,
              label: m.outcome[o],
              hint: d.hint[o],
              checked: outcome === o,
            }))}
          />
        </div>
        <TextArea
          name="rationale"
          label={d.rationale}
          hint={d.rationaleHint}
          rows={5}
          defaultValue={v.rationale ?? ""}
          error={e.rationale}
        />
        {outcome === "GO" && (
          <Field
            name="grant"
            label={d.grant}
            hint={d.grantHint}
            inputMode="numeric"
            defaultValue={v.grant ?? requestedGrant ?? ""}
            error={e.grant}
          />
        )}
        {outcome === "REVISE" && (
          <>
            <Field
              name="newDeadline"
              type="date"
              label={d.newDeadline}
              defaultValue={v.newDeadline ?? ""}
              error={e.newDeadline}
            />
            <Field
              name="extraGrant"
              label={d.extraGrant}
              hint={d.extraGrantHint}
              inputMode="numeric"
              defaultValue={v.extraGrant ?? ""}
              error={e.extraGrant}
            />
          </>
        )}
        {outcome === "ADOPT" && (
          <>
            <TextArea
              name="procurementRecommendation"
              label={d.procurement}
              hint={d.procurementHint}
              rows={4}
              defaultValue={v.procurementRecommendation ?? ""}
              error={e.procurementRecommendation}
            />
            <ChoiceGroup
              field="adopters"
              legend={d.adopters}
              error={e.adopters}
              className={styles.row}
              choices={adoptable.map((o) => ({
                name: `adopter:${o.id}`,
                label: o.name,
                checked: v[`adopter:${o.id}`] === "on",
              }))}
            />
          </>
        )}
        {outcome && outcome !== "STOP" && (
          <fieldset className={styles.conditions}>
            <legend className="form-label">{d.conditions}</legend>
            <p className="form-hint">{outcome === "REVISE" ? d.conditionsRequired : d.conditionsOptional}</p>
            {Array.from({ length: rows }, (_, k) => k + 1).map((i) => (
              <div className={styles.row} key={i}>
                <Field
                  name={`condition_${i}_text`}
                  label={labels[`condition_${i}_text`]}
                  defaultValue={v[`condition_${i}_text`] ?? ""}
                  error={e[`condition_${i}_text`]}
                />
                <Field
                  name={`condition_${i}_due`}
                  type="date"
                  label={labels[`condition_${i}_due`]}
                  defaultValue={v[`condition_${i}_due`] ?? ""}
                  error={e[`condition_${i}_due`]}
                />
              </div>
            ))}
            {rows < 10 && (
              <button type="button" className="button button-secondary" onClick={() => setRows(rows + 1)}>
                {d.addCondition}
              </button>
            )}
          </fieldset>
        )}
        <p>{d.final}</p>
        <button type="submit" className="button button-primary" disabled={pending}>
          {d.submit}
        </button>
      </form>
    </section>
  );
}
