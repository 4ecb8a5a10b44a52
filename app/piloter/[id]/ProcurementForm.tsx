"use client";
// The joint procurement pack's choices: the route, and which results and lessons become requirements.
import { useActionState } from "react";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { TextArea } from "@/components/forms/TextArea";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { savePackAction } from "./spread-actions";

type Item = { id: number; title: string; chosen: boolean };
type Props = {
  pilotId: number;
  route: string | null;
  notes: string | null;
  routes: { value: string; label: string }[];
  results: Item[];
  lessons: Item[];
  m: Messages["spreadPage"]["pack"];
  errorHeading: string;
};

export function ProcurementForm({ pilotId, route, notes, routes, results, lessons, m, errorHeading }: Props) {
  const [state, formAction, pending] = useActionState(savePackAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : null;
  const e = state.fieldErrors ?? {};
  // After an error the boxes keep what was ticked in the failed attempt, not what is stored.
  const ticked = (prefix: string, i: Item) => (v ? !!v[`${prefix}${i.id}`] : i.chosen);
  return (
    <section aria-labelledby="pack-form">
      <h4 id="pack-form">{m.formHeading}</h4>
      <form action={formAction} noValidate key={key} className="stack-form">
        <ErrorSummary
          idPrefix="pack-"
          heading={errorHeading}
          errors={e}
          labels={{ route: m.route, resultIds: m.results, lessonIds: m.lessons, notes: m.notes }}
        />
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="pilotId" value={pilotId} />
        <SelectField
          name="route"
          id="pack-route"
          label={m.route}
          options={[{ value: "", label: m.chooseRoute }, ...routes]}
          defaultValue={v?.route ?? route ?? ""}
          error={e.route}
        />
        {results.length > 0 && (
          <ChoiceGroup
            field="resultIds"
            legend={m.results}
            error={e.resultIds}
            choices={results.map((r) => ({ name: `result:${r.id}`, label: r.title, checked: ticked("result:", r) }))}
          />
        )}
        {lessons.length > 0 && (
          <ChoiceGroup
            field="lessonIds"
            legend={m.lessons}
            error={e.lessonIds}
            choices={lessons.map((l) => ({ name: `lesson:${l.id}`, label: l.title, checked: ticked("lesson:", l) }))}
          />
        )}
        <TextArea
          name="notes"
          id="pack-notes"
          label={m.notes}
          maxLength={5000}
          defaultValue={v?.notes ?? notes ?? ""}
          error={e.notes}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  );
}
