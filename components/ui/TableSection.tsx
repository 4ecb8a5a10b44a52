import type { ReactNode } from "react";

/**
 * A section headed by what its table lists, and how many where that helps (the gate overview, the
 * steering group's queue); the heading names the section for screen readers.
 */
export function TableSection({
  id,
  heading,
  count,
  children,
}: {
  id: string;
  heading: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {heading}
        {count !== undefined && ` (${count})`}
      </h2>
      {children}
    </section>
  );
}
