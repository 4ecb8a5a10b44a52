"use client";
import type { ReactNode } from "react";
import { CopyField } from "./CopyField";

type SecretMessages = { secretLead: string; secretLabel: string; copy: string; copied: string; secretExample: string };

type Props = {
  heading: string;
  /** The heading's level where the box stands in the page's outline. */
  level: "h3" | "h4";
  secret: string;
  fieldId: string;
  fieldClassName: string;
  /** How to use the secret, as a command to copy. */
  example: string;
  m: SecretMessages;
  /** Anything to show between the lead and the secret (such as the address to send to). */
  children?: ReactNode;
};

/** The one time a new secret (an API key, a push address's key) is visible: a field to copy, and how to use it. */
export function SecretReveal({
  heading,
  level: Heading,
  secret,
  fieldId,
  fieldClassName,
  example,
  m,
  children,
}: Props) {
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <Heading className="alert-heading">{heading}</Heading>
        <p className="alert-text">{m.secretLead}</p>
        {children}
        <CopyField
          id={fieldId}
          label={m.secretLabel}
          value={secret}
          inputClassName={fieldClassName}
          copyLabel={m.copy}
          copiedLabel={m.copied}
        />
        <p>{m.secretExample}</p>
        <pre className="code-example" tabIndex={0}>
          {example}
        </pre>
      </div>
    </div>
  );
}
