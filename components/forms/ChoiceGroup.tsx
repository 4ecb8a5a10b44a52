import type { ReactNode } from "react";

export type Choice = { name: string; value?: string; label: ReactNode; hint?: string; checked: boolean };

type Props = {
  /** The form field the group stands for: its error and the error summary's link use it. */
  field: string;
  legend: string;
  hint?: string;
  error?: string;
  type?: "checkbox" | "radio";
  choices: Choice[];
  className?: string;
};

/**
 * Checkboxes or radio buttons as a fieldset with a legend, so a screen reader names the group with
 * each choice. The first input carries `field-<field>`, the error summary's link target.
 */
export function ChoiceGroup({ field, legend, hint, error, type = "checkbox", choices, className }: Props) {
  const base = `field-${field}`;
  const describedBy = [hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${base}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="form-error-message" id={`${base}-error`}>
            {error}
          </span>
        )}
        <div className={className}>
          {choices.map((c, i) => {
            const id = i === 0 ? base : `${base}-${i}`;
            return (
              <div
                className={type === "radio" ? "form-group-radio" : "form-group-checkbox"}
                key={`${c.name}=${c.value ?? ""}`}
              >
                <input
                  className={type === "radio" ? "form-radio" : "form-checkbox"}
                  type={type}
                  id={id}
                  name={c.name}
                  value={c.value}
                  defaultChecked={c.checked}
                  aria-describedby={c.hint ? `${id}-hint` : undefined}
                />
                <label className="form-label" htmlFor={id}>
                  {c.label}
                </label>
                {c.hint && (
                  <span className="form-hint" id={`${id}-hint`}>
                    {c.hint}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
