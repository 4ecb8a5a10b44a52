"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { requestMembershipAction } from "./actions";

export function JoinForm({ communityId, m }: { communityId: number; m: Messages["admin"]["join"] }) {
  const [state, request, pending] = useActionState(requestMembershipAction, idle);
  const error = state.fieldErrors?.note;
  const describedBy = ["join-note-hint", error && "join-note-error"].filter(Boolean).join(" ");
  return (
    <form action={request} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      <div className={`form-group${error ? " form-error" : ""}`}>
        <label className="form-label" htmlFor="join-note">
          {m.note}
        </label>
        <span className="form-hint" id="join-note-hint">
          {m.noteHint}
        </span>
        {error && (
          <span className="form-error-message" id="join-note-error">
            {error}
          </span>
        )}
        <textarea
          className="form-input"
          id="join-note"
          name="note"
          rows={4}
          defaultValue={state.values?.note}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.submit}
      </button>
    </form>
  );
}
