import type { TextareaHTMLAttributes } from "react";
import { FieldFrame, fieldAria } from "./FieldFrame";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
};

/** A DKFDS text area whose error sits beside it and is announced with the field (like Field). */
export function TextArea({ name, label, hint, error, id, rows = 5, ...textarea }: Props) {
  const aria = fieldAria({ name, label, hint, error, id });
  return (
    <FieldFrame label={label} hint={hint} error={error} fieldId={aria.id}>
      <textarea className="form-input" rows={rows} {...aria} {...textarea} />
    </FieldFrame>
  );
}
