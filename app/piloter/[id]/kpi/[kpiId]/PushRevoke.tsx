"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { revokePushTargetAction } from "../push-actions";
import styles from "./push.module.css";

/** Revoking takes effect at the next delivery; the row stays listed, marked, and so does its log. */
export function PushRevoke({ targetId, label, ariaLabel }: { targetId: number; label: string; ariaLabel: string }) {
  const [state, revoke, pending] = useActionState(revokePushTargetAction, idle);
  return (
    <form action={revoke} className={styles.inlineForm}>
      <input type="hidden" name="targetId" value={targetId} />
      {state.status !== "ok" && (
        <button type="submit" className="button button-secondary" aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
