"use client";

/** Opens the browser's print dialog; the print stylesheet lays the memo out on A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
