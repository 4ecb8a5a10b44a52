import type { InputHTMLAttributes } from "react";
import { FieldFrame, fieldAria } from "./FieldFrame";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string; error?: string };

/** A DKFDS text input whose error sits beside it and is announced with the field. */
export function Field({ name, label, hint, error, id, ...input }: Props) {
  const aria = fieldAria({ name, label, hint, error, id });
  return (
    <FieldFrame label={label} hint={hint} error={error} fieldId={aria.id}>
      <input className="form-input" {...aria} {...input} />
    </FieldFrame>
  );
}
