import type { SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string | number; label: string }[];
};

/** A native DKFDS select (keyboard and type-ahead for free) with its hint and error beside it. */
export function SelectField({ name, label, hint, error, id, options, ...select }: Props) {
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
      <select className="form-select" id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
