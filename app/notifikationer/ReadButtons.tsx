"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { markAllReadAction, markReadAction } from "./actions";

/**
 * "Mark as read" for one notice; its description names the notice, as ten identical buttons would
 * not. It stays mounted once the notice is read, so its confirmation survives the refreshed list.
 */
export function MarkReadButton({
  id,
  label,
  describedBy,
  read,
}: {
  id: number;
  label: string;
  describedBy: string;
  read: boolean;
}) {
  const [state, submit, pending] = useActionState(markReadAction, idle);
  return (
    <>
      <FormMessage status={state.status} message={state.message} />
      {!read && (
        <form action={submit}>
          <input type="hidden" name="id" value={id} />
          <button
            type="submit"
            className="button button-secondary button-small"
            disabled={pending}
            aria-describedby={describedBy}
          >
            {label}
          </button>
        </form>
      )}
    </>
  );
}

/** Shown while anything is unread; like MarkReadButton it stays mounted to keep its confirmation. */
export function MarkAllReadButton({ label, allRead }: { label: string; allRead: boolean }) {
  const [state, submit, pending] = useActionState(markAllReadAction, idle);
  return (
    <>
      <FormMessage status={state.status} message={state.message} />
      {!allRead && (
        <form action={submit}>
          <button type="submit" className="button button-primary" disabled={pending}>
            {label}
          </button>
        </form>
      )}
    </>
  );
}
