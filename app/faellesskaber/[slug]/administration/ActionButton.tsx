"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle, type ActionState } from "@/lib/action-state";
import styles from "./admin.module.css";

type Props = {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields naming what the button acts on. */
  fields: Record<string, string | number>;
  label: string;
  /** Names the target for screen readers when the visible label is short ("Fjern"); must contain `label`. */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
};

/** A one-button form (remove, accept, deactivate …) that reports its outcome beside the button. */
export function ActionButton({ action, fields, label, ariaLabel, variant = "secondary" }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className={styles.inlineForm}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button-${variant}`} aria-label={ariaLabel} disabled={pending}>
        {label}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
