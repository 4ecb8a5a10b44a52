"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { answerInvitationAction } from "./invitation-actions";

type Texts = { accept: string; decline: string; acceptLabel: string; declineLabel: string };

/** Accept or decline one community's invitation; the answer's message stays where the buttons were. */
export function InvitationAnswers({ id, texts }: { id: number; texts: Texts }) {
  const [state, submit, pending] = useActionState(answerInvitationAction, idle);
  if (state.status === "ok") return <FormMessage status="ok" message={state.message} />;
  return (
    <>
      <FormMessage status={state.status} message={state.message} />
      <form action={submit} className="invitation-answers">
        <input type="hidden" name="invitationId" value={id} />
        <button
          type="submit"
          name="answer"
          value="accept"
          className="button button-primary button-small"
          disabled={pending}
          aria-label={texts.acceptLabel}
        >
          {texts.accept}
        </button>{" "}
        <button
          type="submit"
          name="answer"
          value="decline"
          className="button button-secondary button-small"
          disabled={pending}
          aria-label={texts.declineLabel}
        >
          {texts.decline}
        </button>
      </form>
    </>
  );
}
