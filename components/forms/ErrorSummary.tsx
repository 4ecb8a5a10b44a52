"use client";
import { useEffect, useId, useRef } from "react";

type Props = {
  heading: string;
  hint?: string;
  /** Field name → message, in the order the fields appear. */
  errors?: Record<string, string>;
  /** Field name → its label; errors for fields without one (hidden ids) are listed unlinked. */
  labels: Record<string, string>;
  /** Where the fields' ids start, when several forms share a page. */
  idPrefix?: string;
};

/**
 * The DKFDS error summary at the top of a form: takes focus when errors appear, so keyboard and
 * screen reader users land on it, and links each message to its field (`#field-<name>` unless told otherwise).
 */
export function ErrorSummary({ heading, hint, errors, labels, idPrefix = "field-" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (errors && Object.keys(errors).length) ref.current?.focus();
  }, [errors]);
  if (!errors || Object.keys(errors).length === 0) return null;
  const ordered = [
    ...Object.keys(labels).filter((k) => k in errors),
    ...Object.keys(errors).filter((k) => !(k in labels)),
  ];
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} aria-labelledby={headingId}>
      <div className="alert-body">
        <p className="alert-heading" id={headingId}>
          {heading}
        </p>
        {hint && <p className="alert-text">{hint}</p>}
        <ul className="alert-text nobullet-list">
          {ordered.map((field) => (
            <li key={field}>
              {field in labels ? (
                <a className="function-link" href={`#${idPrefix}${field}`}>
                  {labels[field]}: {errors[field]}
                </a>
              ) : (
                errors[field]
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
