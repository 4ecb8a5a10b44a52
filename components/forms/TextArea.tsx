import type { TextareaHTMLAttributes } from "react";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; hint?: string; error?: string };

/** A DKFDS text area whose error sits beside it and is announced with the field (like Field). */
export function TextArea({ name, label, hint, error, id, rows = 5, ...textarea }: Props) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={fieldId}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${fieldId}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${fieldId}-error`}>
          {error}
        </span>
      )}
      <textarea className="form-input" id={fieldId} name={name} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
    </div>
  );
}
