import type { ReactNode } from "react";

type Props = { kind: "info" | "warning" | "success"; heading?: string; children: ReactNode };

/** A DKFDS alert for a standing notice on a page (not a form's outcome: that is FormMessage). */
export function Notice({ kind, heading, children }: Props) {
  return (
    <div className={`alert alert-${kind}`}>
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {/* Comments are often written as lines; keep the writer's line breaks. */}
        <p className="alert-text" style={{ whiteSpace: "pre-line" }}>
          {children}
        </p>
      </div>
    </div>
  );
}
