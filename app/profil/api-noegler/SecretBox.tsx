"use client";
import type { Messages } from "@/lib/i18n/messages";
import { SecretReveal } from "@/components/forms/SecretReveal";
import type { TokenState } from "./token-state";
import styles from "./tokens.module.css";

type Props = { created: NonNullable<TokenState["created"]>; m: Messages["api"]["tokens"] };

const fill = (template: string, name: string) => template.replace("{name}", name);

/** The one time the secret is visible: a read-only field to select or copy, and how to use it. */
export function SecretBox({ created, m }: Props) {
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  const path = created.pilotId ? `/api/v1/pilots/${created.pilotId}` : "/api/v1/pilots";
  return (
    <SecretReveal
      heading={fill(m.secretHeading, created.name)}
      level="h3"
      secret={created.secret}
      fieldId="token-secret"
      fieldClassName={styles.secret}
      example={`curl -H "Authorization: Bearer ${created.secret}" \\\n  ${origin}${path}`}
      m={m}
    />
  );
}
