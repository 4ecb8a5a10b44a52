"use client";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { CopyField } from "@/components/forms/CopyField";
import { fill } from "../fill";
import type { InviteState } from "./invite-state";
import styles from "../admin.module.css";

type Props = { invite: NonNullable<InviteState["invite"]>; m: Messages["admin"]["inviteLink"]; locale: Locale };

/** The one time the link is visible: a read-only field to select or copy, and a copy button. */
export function InviteLinkBox({ invite, m, locale }: Props) {
  const url = typeof window === "undefined" ? invite.path : new URL(invite.path, window.location.origin).toString();
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <h3 className="alert-heading">{fill(m.heading, { name: invite.name })}</h3>
        <p className="alert-text">
          {fill(m.lead, { email: invite.email, date: formatDate(invite.expiresAt, locale) })}
        </p>
        <CopyField
          id="invite-link"
          label={m.label}
          value={url}
          inputClassName={styles.inviteLink}
          copyLabel={m.copy}
          copiedLabel={m.copied}
        />
      </div>
    </div>
  );
}
