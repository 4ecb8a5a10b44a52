"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { submitPilotAction } from "./actions";

type Props = { pilotId: number; canSubmit: boolean; m: Messages["pilots"]["edit"]; quietUnlessAnswered?: boolean };

/**
 * Stays mounted when the submission turns the pilot read-only, so its confirmation is still read
 * out; the button is only there while the pilot is a draft.
 */
export function SubmitSection({ pilotId, canSubmit, m, quietUnlessAnswered }: Props) {
  const [state, submit, pending] = useActionState(submitPilotAction, idle);
  // On the pilot page the section is only for a draft, and for the answer to its submission.
  if (quietUnlessAnswered && !canSubmit && state.status === "idle") return null;
  return (
    <section aria-labelledby="submit-heading">
      <h2 id="submit-heading">{m.submitHeading}</h2>
      <FormMessage status={state.status} message={state.message} />
      {canSubmit && (
        <form action={submit}>
          <input type="hidden" name="pilotId" value={pilotId} />
          <p>{m.submitText}</p>
          <button type="submit" className="button button-primary" disabled={pending}>
            {m.submit}
          </button>
        </form>
      )}
    </section>
  );
}
