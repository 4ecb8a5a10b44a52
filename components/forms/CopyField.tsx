"use client";
import { useRef, useState } from "react";

type Props = {
  id: string;
  label: string;
  value: string;
  inputClassName?: string;
  copyLabel: string;
  copiedLabel: string;
};

/**
 * A value shown only once (an invitation link, an API key): a read-only field that selects itself,
 * and a copy button that says so, politely, when the clipboard took it.
 */
export function CopyField({ id, label, value, inputClassName, copyLabel, copiedLabel }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the text is selected, so Ctrl+C still works.
      setCopied(false);
    }
  }

  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <input
          ref={field}
          id={id}
          className={`form-input${inputClassName ? ` ${inputClassName}` : ""}`}
          readOnly
          value={value}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <button type="button" className="button button-secondary" onClick={copy}>
        {copyLabel}
      </button>
      <span aria-live="polite"> {copied ? copiedLabel : ""}</span>
    </>
  );
}
