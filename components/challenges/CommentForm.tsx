"use client";
// A plain-text comment on an idea. Markup is refused beside the field (decision 0026), and what was
// typed stays in the box.
import { useActionState } from "react";
import { TextArea } from "@/components/forms/TextArea";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  ideaId: number;
  label: string;
  hint: string;
  submit: string;
};

export function CommentForm({ action, ideaId, label, hint, submit }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} noValidate key={key} className="stack-form">
      <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="ideaId" value={ideaId} />
      <TextArea
        name="body"
        id={`comment-${ideaId}`}
        label={label}
        hint={hint}
        rows={3}
        required
        defaultValue={v.body ?? ""}
        error={state.fieldErrors?.body}
      />
      <button type="submit" className="button button-secondary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}
