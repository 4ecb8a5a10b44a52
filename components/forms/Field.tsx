import type { InputHTMLAttributes } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string; error?: string };

/** A DKFDS form field whose error sits beside it and is announced with the field. */
export function Field({ name, label, hint, error, id, ...input }: Props) {
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
      <input className="form-input" id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}
