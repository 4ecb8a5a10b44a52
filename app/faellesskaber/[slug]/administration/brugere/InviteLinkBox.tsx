"use client";
import { useRef, useState } from "react";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { fill } from "../fill";
import type { InviteState } from "./invite-state";
import styles from "../admin.module.css";

type Props = { invite: NonNullable<InviteState["invite"]>; m: Messages["admin"]["inviteLink"]; locale: Locale };

/** The one time the link is visible: a read-only field to select or copy, and a copy button. */
export function InviteLinkBox({ invite, m, locale }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? invite.path : new URL(invite.path, window.location.origin).toString();

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission (e.g. plain http): the text is selected, so Ctrl+C still works.
      setCopied(false);
    }
  }

  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <h3 className="alert-heading">{fill(m.heading, { name: invite.name })}</h3>
        <p className="alert-text">{fill(m.lead, { email: invite.email, date: formatDate(invite.expiresAt, locale) })}</p>
        <div className="form-group">
          <label className="form-label" htmlFor="invite-link">
            {m.label}
          </label>
          <input ref={field} id="invite-link" className={`form-input ${styles.inviteLink}`} readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
        <button type="button" className="button button-secondary" onClick={copy}>
          {m.copy}
        </button>
        <span aria-live="polite"> {copied ? m.copied : ""}</span>
      </div>
    </div>
  );
}
