import type { ReactNode } from "react";

type Frame = { name: string; label: string; hint?: string; error?: string; id?: string };

/** The ids and ARIA attributes that tie a control to its label, hint and error. */
export function fieldAria({ name, hint, error, id }: Frame) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint && `${fieldId}-hint`, error && `${fieldId}-error`].filter(Boolean).join(" ") || undefined;
  return { id: fieldId, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;
}

/** A DKFDS form group: label, hint and the error beside the field, announced with it. */
export function FieldFrame({
  label,
  hint,
  error,
  fieldId,
  children,
}: Omit<Frame, "name" | "id"> & { fieldId: string; children: ReactNode }) {
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
      {children}
    </div>
  );
}
