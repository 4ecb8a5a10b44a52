"use client";
import type { Messages } from "@/lib/i18n/messages";
import { CopyField } from "@/components/forms/CopyField";
import type { TokenState } from "./token-state";
import styles from "./tokens.module.css";

type Props = { created: NonNullable<TokenState["created"]>; m: Messages["api"]["tokens"] };

const fill = (template: string, name: string) => template.replace("{name}", name);

/** The one time the secret is visible: a read-only field to select or copy, and how to use it. */
export function SecretBox({ created, m }: Props) {
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const path = created.pilotId ? `/api/v1/pilots/${created.pilotId}` : "/api/v1/pilots";
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <h3 className="alert-heading">{fill(m.secretHeading, created.name)}</h3>
        <p className="alert-text">{m.secretLead}</p>
        <CopyField
          id="token-secret"
          label={m.secretLabel}
          value={created.secret}
          inputClassName={styles.secret}
          copyLabel={m.copy}
          copiedLabel={m.copied}
        />
        <p>{m.secretExample}</p>
        <pre
          className={styles.example}
          tabIndex={0}
        >{`curl -H "Authorization: Bearer ${created.secret}" \\\n  ${origin}${path}`}</pre>
      </div>
    </div>
  );
}
