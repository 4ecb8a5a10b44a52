"use client";
// The lesson a decided gate leaves behind — for a STOP, the stop report — written by the lead.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { lessonAction } from "./actions";

type Props = { pilotId: number; decisionId: number; stop: boolean; heading: string; m: Messages["gates"] };

export function LessonForm({ pilotId, decisionId, stop, heading, m }: Props) {
  const [state, formAction, pending] = useActionState(lessonAction, idle);
  const key = useRemountKey(state);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const l = m.lesson;
  const prefix = `lesson-${decisionId}-`;
  const labels = {
    title: l.title,
    whatWeDid: l.whatWeDid,
    whatWeLearned: l.whatWeLearned,
    wouldDoDifferently: l.wouldDoDifferently,
    tags: l.tags,
  };
  const field = (name: keyof typeof labels) => ({
    name,
    id: `${prefix}${name}`,
    label: labels[name],
    defaultValue: v[name] ?? "",
    error: e[name],
  });
  return (
    <section aria-labelledby={`${prefix}heading`} className="alert alert-info">
      <div className="alert-body">
        <h2 id={`${prefix}heading`} className="alert-heading h3">
          {heading}
        </h2>
        <p className="alert-text">{stop ? l.stopLead : l.lead}</p>
        <form action={formAction} noValidate key={key}>
          <ErrorSummary heading={m.form.errorHeading} errors={e} labels={labels} idPrefix={prefix} />
          <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
          <input type="hidden" name="pilotId" value={pilotId} />
          <input type="hidden" name="decisionId" value={decisionId} />
          <Field {...field("title")} />
          <TextArea {...field("whatWeDid")} rows={3} />
          <TextArea {...field("whatWeLearned")} rows={3} />
          <TextArea {...field("wouldDoDifferently")} rows={3} />
          <Field {...field("tags")} hint={l.tagsHint} />
          <button type="submit" className="button button-primary" disabled={pending}>
            {stop ? l.submitStop : l.submit}
          </button>
        </form>
      </div>
    </section>
  );
}
