"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle, type ActionState } from "@/lib/action-state";

export type OneClickProps = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** The hidden fields that name what the press is about: `{ siteId: 3 }`. */
  fields: Record<string, string | number>;
  label: string;
  /** Names the target for screen readers when the visible label is short ("Fjern"); must contain `label`. */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
  className?: string;
  /** Keep the button after a success (the administration's buttons, whose page shows the new state beside it). */
  staysAfterSuccess?: boolean;
};

/**
 * A single button that does one thing to one row (remove a site, revoke a push address, withdraw an
 * interest): its answer beside it, and no second press once it has succeeded.
 */
export function OneClickForm({
  action,
  fields,
  label,
  ariaLabel,
  variant = "secondary",
  className,
  staysAfterSuccess = false,
}: OneClickProps) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(staysAfterSuccess || state.status !== "ok") && (
        <button type="submit" className={`button button-${variant}`} aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
