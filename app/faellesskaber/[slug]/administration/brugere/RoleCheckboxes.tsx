import type { Messages } from "@/lib/i18n/messages";
import { ROLES } from "@/lib/users/choices";

type Props = {
  legend: string;
  roleNames: Messages["role"];
  checked: (role: string) => boolean;
  error?: string;
  hint?: string;
  idPrefix: string;
};

/** One checkbox per role, named `role_<ROLE>` so the form reads as one value per name. */
export function RoleCheckboxes({ legend, roleNames, checked, error, hint, idPrefix }: Props) {
  const describedBy =
    [hint && `${idPrefix}-roles-hint`, error && `${idPrefix}-roles-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={describedBy}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${idPrefix}-roles-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="form-error-message" id={`${idPrefix}-roles-error`}>
            {error}
          </span>
        )}
        {ROLES.map((role) => (
          <div className="form-group-checkbox" key={role}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={`${idPrefix}-role-${role}`}
              name={`role_${role}`}
              defaultChecked={checked(role)}
            />
            <label className="form-label" htmlFor={`${idPrefix}-role-${role}`}>
              {roleNames[role]}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
