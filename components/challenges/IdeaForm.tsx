"use client";
// Proposing an idea for a challenge: what it is, the technology, the supplier if known, a rough cost.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { FLAG } from "@/lib/pilots/choices";
import { TECHNOLOGIES } from "@/lib/pilots/tags";
import styles from "@/components/pilots/pilot-form.module.css";

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  challengeId: number;
  m: Messages["challenges"];
  technology: Messages["pilots"]["technology"];
};

export function IdeaForm({ action, challengeId, m, technology }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const i = m.ideas;
  const e = state.fieldErrors;
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const labels = {
    title: i.title,
    description: i.description,
    technologies: i.technologies,
    supplier: i.supplier,
    roughCost: i.roughCost,
  };
  return (
    <section aria-labelledby="idea-heading">
      <h3 id="idea-heading">{i.propose}</h3>
      <form action={formAction} noValidate className="stack-form">
        <ErrorSummary heading={m.errorHeading} errors={e} labels={labels} />
        {!e && <FormMessage status={state.status} message={state.message} />}
        <input type="hidden" name="challengeId" value={challengeId} />
        <div key={key}>
          <Field name="title" label={i.title} required maxLength={200} defaultValue={v.title ?? ""} error={e?.title} />
          <TextArea
            name="description"
            label={i.description}
            hint={i.descriptionHint}
            required
            defaultValue={v.description ?? ""}
            error={e?.description}
          />
          <ChoiceGroup
            field="technologies"
            legend={i.technologies}
            error={e?.technologies}
            className={styles.columns}
            choices={TECHNOLOGIES.map((t) => ({
              name: `${FLAG.technologies}${t}`,
              label: technology[t],
              checked: v[`${FLAG.technologies}${t}`] === "on",
            }))}
          />
          <Field
            name="supplier"
            label={i.supplier}
            hint={i.supplierHint}
            maxLength={200}
            autoComplete="organization"
            defaultValue={v.supplier ?? ""}
            error={e?.supplier}
          />
          <Field
            name="roughCost"
            label={i.roughCost}
            hint={i.roughCostHint}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={v.roughCost ?? ""}
            error={e?.roughCost}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {i.submit}
        </button>
      </form>
    </section>
  );
}
