"use client";
// The secretariat's tripwire share, on the community's administration page.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  communityId: number;
  share: number;
  m: Messages["tripwire"];
};

export function EvidenceShareForm({ action, communityId, share, m }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const v = state.status === "error" ? state.values?.share : undefined;
  return (
    <section aria-labelledby="evidence-share-heading">
      <h2 id="evidence-share-heading">{m.settingHeading}</h2>
      <p>{m.settingLead}</p>
      <form action={formAction} noValidate key={key} className="stack-form">
        <FormMessage status={state.status} message={state.fieldErrors ? undefined : state.message} />
        <input type="hidden" name="communityId" value={communityId} />
        <Field
          name="share"
          label={m.settingLabel}
          hint={m.settingHint}
          inputMode="numeric"
          className="form-input input-width-xs"
          autoComplete="off"
          defaultValue={v ?? String(share)}
          error={state.fieldErrors?.share}
        />
        <button type="submit" className="button button-secondary" disabled={pending}>
          {m.settingSave}
        </button>
      </form>
    </section>
  );
}
