import type { ReactNode } from "react";

/**
 * A wide table that may scroll sideways on a phone. Keyboard users must be able to scroll it too
 * (WCAG 2.1.1), so the scrolling box is a named, focusable region.
 */
export function TableRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`table-wrap${className ? ` ${className}` : ""}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
