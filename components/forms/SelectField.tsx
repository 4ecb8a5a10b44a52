import type { SelectHTMLAttributes } from "react";
import { FieldFrame, fieldAria } from "./FieldFrame";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string | number; label: string }[];
};

/** A native DKFDS select (keyboard and type-ahead for free) with its hint and error beside it. */
export function SelectField({ name, label, hint, error, id, options, ...select }: Props) {
  const aria = fieldAria({ name, label, hint, error, id });
  return (
    <FieldFrame label={label} hint={hint} error={error} fieldId={aria.id}>
      <select className="form-select" {...aria} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
