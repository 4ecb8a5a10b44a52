"use client";
// A lesson, new or edited. The phase is asked only for a new one: a gate's lesson keeps the phase
// that tells the gate it has been written (lib/lessons/write.ts).
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TitleField } from "@/components/forms/TitleField";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/results/results.module.css";
import { saveLessonAction } from "./actions";

export type LessonFormValues = {
  lessonId: number;
  title: string;
  whatWeDid: string;
  whatWeLearned: string;
  wouldDoDifferently: string;
  tags: string;
};
type Props = {
  pilotId: number;
  phases?: { id: number; name: string }[];
  defaultPhaseId?: number;
  initial?: LessonFormValues;
  m: Messages["results"];
};

export function LessonForm({ pilotId, phases, defaultPhaseId, initial, m }: Props) {
  const [state, formAction, pending] = useActionState(saveLessonAction, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const e = state.fieldErrors ?? {};
  const l = m.lessons;
  const labels = {
    title: l.titleLabel,
    phaseId: l.phase,
    whatWeDid: l.whatWeDid,
    whatWeLearned: l.whatWeLearned,
    wouldDoDifferently: l.wouldDoDifferently,
    tags: l.tags,
  };
  const text = (name: keyof Omit<LessonFormValues, "lessonId">) => v[name] ?? initial?.[name] ?? "";
  return (
    <form action={formAction} noValidate key={key} className="stack-form">
      <ErrorSummary heading={m.errorHeading} errors={e} labels={labels} />
      <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="pilotId" value={pilotId} />
      {initial && <input type="hidden" name="lessonId" value={initial.lessonId} />}
      <TitleField label={l.titleLabel} autoComplete="off" defaultValue={text("title")} error={e.title} />
      {!initial && phases && phases.length > 0 && (
        <SelectField
          name="phaseId"
          label={l.phase}
          hint={l.phaseHint}
          options={[{ value: "", label: l.noPhase }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
          defaultValue={v.phaseId ?? (defaultPhaseId ? String(defaultPhaseId) : "")}
          error={e.phaseId}
        />
      )}
      <TextArea
        name="whatWeDid"
        label={l.whatWeDid}
        rows={4}
        maxLength={5000}
        required
        defaultValue={text("whatWeDid")}
        error={e.whatWeDid}
      />
      <TextArea
        name="whatWeLearned"
        label={l.whatWeLearned}
        rows={4}
        maxLength={5000}
        required
        defaultValue={text("whatWeLearned")}
        error={e.whatWeLearned}
      />
      <TextArea
        name="wouldDoDifferently"
        label={l.wouldDoDifferently}
        rows={4}
        maxLength={5000}
        required
        defaultValue={text("wouldDoDifferently")}
        error={e.wouldDoDifferently}
      />
      <Field
        name="tags"
        label={l.tags}
        hint={l.tagsHint}
        autoComplete="off"
        defaultValue={text("tags")}
        error={e.tags}
      />
      <button type="submit" className={`button button-primary ${styles.submit}`} disabled={pending}>
        {pending ? l.saving : l.save}
      </button>
    </form>
  );
}
