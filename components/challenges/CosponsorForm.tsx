"use client";
// "Vi har også den udfordring": one line about the organisation's own situation.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  challengeId: number;
  m: Messages["challenges"]["cosponsor"];
};

export function CosponsorForm({ action, challengeId, m }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <section aria-labelledby="cosponsor-heading">
      <h3 id="cosponsor-heading">{m.heading}</h3>
      <form action={formAction} noValidate key={key} className="stack-form">
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="challengeId" value={challengeId} />
        <Field
          name="note"
          id="cosponsor-note"
          label={m.note}
          hint={m.noteHint}
          maxLength={300}
          required
          autoComplete="off"
          defaultValue={v.note ?? ""}
          error={state.fieldErrors?.note}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {m.submit}
        </button>
      </form>
    </section>
  );
}
