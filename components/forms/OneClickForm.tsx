"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle, type ActionState } from "@/lib/action-state";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** The hidden fields that name what the press is about: `{ siteId: 3 }`. */
  fields: Record<string, string | number>;
  label: string;
  ariaLabel?: string;
  className?: string;
};

/**
 * A single button that does one thing to one row (remove a site, revoke a push address, withdraw an
 * interest): its answer beside it, and no second press once it has succeeded.
 */
export function OneClickForm({ action, fields, label, ariaLabel, className }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status !== "ok" && (
        <button type="submit" className="button button-secondary" aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
