"use client";
// The lead's request for a gate review: an answer and the evidence for every success and kill
// criterion written before the phase began, a summary, and what is asked for the next phase.
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { requestReviewAction } from "./actions";
import { RequestKeyField, useRequestKey } from "@/components/forms/RequestKey";

type Props = {
  pilotId: number;
  phaseId: number;
  phaseName: string;
  success: string[];
  kill: string[];
  next: {
    id: number;
    name: string;
    /** As the field shows it: "250.000". */ requestedGrant: string;
    cofunding: string;
    planned: boolean;
  } | null;
  /** After scale-up there is no next phase by design; before it, a missing one is not planned yet. */
  isScale: boolean;
  money: { granted: string; spent: string };
  defaultDue: string;
  m: Messages["gates"];
};

const fill = (s: string, p: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ""));

export function RequestForm({
  pilotId,
  phaseId,
  phaseName,
  success,
  kill,
  next,
  isScale,
  money,
  defaultDue,
  m,
}: Props) {
  const [state, formAction, pending] = useActionState(requestReviewAction, idle);
  const requestKey = useRequestKey(state);
  const key = useRemountKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const r = m.request;
  const labels: Record<string, string> = { evidenceSummary: r.summary };
  success.forEach((c, i) =>
    Object.assign(labels, {
      [`success_${i + 1}_met`]: fill(r.successLegend, { n: i + 1, criterion: c }),
      [`success_${i + 1}_evidence`]: fill(r.evidenceFor, { criterion: c }),
    }),
  );
  kill.forEach((c, i) =>
    Object.assign(labels, {
      [`kill_${i + 1}_triggered`]: fill(r.killLegend, { n: i + 1, criterion: c }),
      [`kill_${i + 1}_evidence`]: fill(r.evidenceFor, { criterion: c }),
    }),
  );
  Object.assign(labels, { nextPhasePlan: r.nextPlan, requestedGrant: r.requestedGrant, dueDate: r.dueDate });
  const criterion = (kind: "success" | "kill", text: string, i: number) => {
    const flag = kind === "success" ? "met" : "triggered";
    const field = `${kind}_${i + 1}_${flag}`;
    return (
      <div key={field}>
        <ChoiceGroup
          type="radio"
          field={field}
          legend={labels[field]}
          error={e[field]}
          choices={[
            { name: field, value: "yes", label: kind === "success" ? r.met : r.triggered, checked: v[field] === "yes" },
            {
              name: field,
              value: "no",
              label: kind === "success" ? r.notMet : r.notTriggered,
              checked: v[field] === "no",
            },
          ]}
        />
        <TextArea
          name={`${kind}_${i + 1}_evidence`}
          label={labels[`${kind}_${i + 1}_evidence`]}
          rows={3}
          defaultValue={v[`${kind}_${i + 1}_evidence`] ?? ""}
          error={e[`${kind}_${i + 1}_evidence`]}
        />
      </div>
    );
  };
  return (
    <section aria-labelledby="request-heading">
      <h2 id="request-heading">{fill(r.heading, { phase: phaseName })}</h2>
      <p>{r.lead}</p>
      <p>{fill(r.money, money)}</p>
      <form action={formAction} noValidate key={key}>
        <RequestKeyField value={requestKey} />
        <ErrorSummary heading={m.form.errorHeading} errors={e} labels={labels} />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <input type="hidden" name="phaseId" value={phaseId} />
        <TextArea
          name="evidenceSummary"
          label={r.summary}
          hint={r.summaryHint}
          rows={6}
          defaultValue={v.evidenceSummary ?? ""}
          error={e.evidenceSummary}
        />
        <h3>{r.successHeading}</h3>
        {success.map((c, i) => criterion("success", c, i))}
        <h3>{r.killHeading}</h3>
        {kill.map((c, i) => criterion("kill", c, i))}
        <h3>{r.nextHeading}</h3>
        {next?.planned ? (
          <>
            <TextArea
              name="nextPhasePlan"
              label={r.nextPlan}
              hint={fill(r.nextPlanHint, { phase: next.name })}
              rows={4}
              defaultValue={v.nextPhasePlan ?? ""}
              error={e.nextPhasePlan}
            />
            <Field
              name="requestedGrant"
              label={r.requestedGrant}
              hint={r.requestedGrantHint}
              inputMode="numeric"
              defaultValue={v.requestedGrant ?? next.requestedGrant}
              error={e.requestedGrant}
            />
            <p>
              {fill(r.pledges, { amount: next.cofunding })}{" "}
              <Link href={`/piloter/${pilotId}/faser/${next.id}/tilsagn`}>{r.pledgesLink}</Link>
            </p>
          </>
        ) : isScale ? (
          <p>{r.afterScale}</p>
        ) : (
          <p>
            {r.notPlanned} <Link href={`/piloter/${pilotId}/faser`}>{r.planLink}</Link>
          </p>
        )}
        <Field
          name="dueDate"
          type="date"
          label={r.dueDate}
          hint={r.dueDateHint}
          defaultValue={v.dueDate ?? defaultDue}
          error={e.dueDate}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {r.submit}
        </button>
      </form>
    </section>
  );
}
