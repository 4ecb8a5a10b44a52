"use client";
import { useRef, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { TokenState } from "./token-state";
import styles from "./tokens.module.css";

type Props = { created: NonNullable<TokenState["created"]>; m: Messages["api"]["tokens"] };

const fill = (template: string, name: string) => template.replace("{name}", name);

/** The one time the secret is visible: a read-only field to select or copy, and how to use it. */
export function SecretBox({ created, m }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const path = created.pilotId ? `/api/v1/pilots/${created.pilotId}` : "/api/v1/pilots";

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the text is selected, so Ctrl+C still works.
      setCopied(false);
    }
  }

  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <h3 className="alert-heading">{fill(m.secretHeading, created.name)}</h3>
        <p className="alert-text">{m.secretLead}</p>
        <div className="form-group">
          <label className="form-label" htmlFor="token-secret">
            {m.secretLabel}
          </label>
          <input ref={field} id="token-secret" className={`form-input ${styles.secret}`} readOnly value={created.secret} onFocus={(e) => e.target.select()} />
        </div>
        <button type="button" className="button button-secondary" onClick={copy}>
          {m.copy}
        </button>
        <span aria-live="polite"> {copied ? m.copied : ""}</span>
        <p>{m.secretExample}</p>
        <pre className={styles.example} tabIndex={0}>{`curl -H "Authorization: Bearer ${created.secret}" \\\n  ${origin}${path}`}</pre>
      </div>
    </div>
  );
}
