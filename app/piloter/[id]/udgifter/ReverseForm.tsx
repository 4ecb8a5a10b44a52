"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/pilots/pilots.module.css";
import { reverseExpenseAction } from "./actions";

/** A correction is a new reversing entry with a reason; it sits behind a disclosure so it is not clicked by accident. */
export function ReverseForm({ expenseId, m }: { expenseId: number; m: Messages["pilotPage"]["expenses"] }) {
  const [state, reverse, reversing] = useActionState(reverseExpenseAction, idle);
  const key = useRemountKey(state);
  const summary = m.reverseSummary.replace("{id}", String(expenseId));
  return (
    <details className="details" open={state.status === "error" ? true : undefined}>
      <summary className="details-summary">
        <span className="details-summary-text">
          {m.reverse}
          <span className="sr-only">: {summary}</span>
        </span>
      </summary>
      <div className="details-text">
        <form action={reverse} noValidate key={key}>
          <FormMessage status={state.status} message={state.message} />
          <input type="hidden" name="expenseId" value={expenseId} />
          <Field
            id={`reason-${expenseId}`}
            name="reason"
            label={m.reason}
            required
            maxLength={500}
            defaultValue={state.values?.reason ?? ""}
            error={state.fieldErrors?.reason}
          />
          <button type="submit" className={`button button-secondary ${styles.submit}`} disabled={reversing}>
            {m.reverseSubmit}
          </button>
        </form>
      </div>
    </details>
  );
}
