"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { revokeTokenAction } from "./actions";
import styles from "./tokens.module.css";

type Props = { tokenId: number; revoked: boolean; label: string; ariaLabel: string };

/**
 * Revoking takes effect at the next call; the row stays in the list, marked, for the record. The
 * component stays mounted once the token is revoked, so its confirmation is still read out.
 */
export function RevokeButton({ tokenId, revoked, label, ariaLabel }: Props) {
  const [state, revoke, pending] = useActionState(revokeTokenAction, idle);
  return (
    <form action={revoke} className={styles.inlineForm}>
      <input type="hidden" name="tokenId" value={tokenId} />
      {!revoked && (
        <button type="submit" className="button button-secondary" aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
