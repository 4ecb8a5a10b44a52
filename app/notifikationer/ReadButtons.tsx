"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { markAllReadAction, markReadAction } from "./actions";

/** "Mark as read" for one notice; its accessible name names the notice, as ten identical buttons would not. */
export function MarkReadButton({ id, label, describedBy }: { id: number; label: string; describedBy: string }) {
  const [state, submit, pending] = useActionState(markReadAction, idle);
  return (
    <form action={submit}>
      {state.status === "error" && <FormMessage status={state.status} message={state.message} />}
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button-secondary button-small" disabled={pending} aria-describedby={describedBy}>
        {label}
      </button>
    </form>
  );
}

export function MarkAllReadButton({ label }: { label: string }) {
  const [state, submit, pending] = useActionState(markAllReadAction, idle);
  return (
    <form action={submit}>
      <FormMessage status={state.status} message={state.message} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
