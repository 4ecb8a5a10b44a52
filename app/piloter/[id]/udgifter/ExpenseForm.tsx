"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { EXPENSE_CATEGORIES } from "@/lib/funding/schemas";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/pilots/pilots.module.css";
import { postExpenseAction } from "./actions";

type Props = { phaseId: number; heading: string; today: string; m: Messages["pilotPage"]["expenses"]; categories: Messages["pilotPage"]["category"] };

/**
 * One expense in one phase. On any refusal (beyond the grant, a bad field) the server hands back
 * what was typed and the form is re-mounted with it, so nothing the user entered is lost.
 */
export function ExpenseForm({ phaseId, heading, today, m, categories }: Props) {
  const [state, post, posting] = useActionState(postExpenseAction, idle);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const err = state.fieldErrors ?? {};
  const id = (name: string) => `expense-${phaseId}-${name}`;
  return (
    <section aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{heading}</h3>
      <form action={post} className="stack-form" noValidate key={JSON.stringify(state)}>
        <FormMessage status={state.status} message={state.message} />
        <input type="hidden" name="phaseId" value={phaseId} />
        <Field id={id("amount")} name="amount" label={m.amount} hint={m.amountHint} inputMode="numeric" autoComplete="off" required defaultValue={v.amount ?? ""} error={err.amount} />
        <Field id={id("date")} name="date" type="date" label={m.date} hint={m.dateHint} required defaultValue={v.date ?? today} error={err.date} />
        <div className={`form-group${err.category ? " form-error" : ""}`}>
          <label className="form-label" htmlFor={id("category")}>{m.category}</label>
          {err.category && <span className="form-error-message" id={id("category-error")}>{err.category}</span>}
          <select className="form-select" id={id("category")} name="category" required defaultValue={v.category ?? ""} aria-invalid={err.category ? true : undefined} aria-describedby={err.category ? id("category-error") : undefined}>
            <option value="">{m.chooseCategory}</option>
            {EXPENSE_CATEGORIES.map((c) => (
              <option key={c} value={c}>{categories[c]}</option>
            ))}
          </select>
        </div>
        <div className={`form-group${err.description ? " form-error" : ""}`}>
          <label className="form-label" htmlFor={id("description")}>{m.description}</label>
          {err.description && <span className="form-error-message" id={id("description-error")}>{err.description}</span>}
          <textarea className="form-input" id={id("description")} name="description" rows={3} maxLength={500} required defaultValue={v.description ?? ""} aria-invalid={err.description ? true : undefined} aria-describedby={err.description ? id("description-error") : undefined} />
        </div>
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={posting}>{posting ? m.submitting : m.submit}</button>
      </form>
    </section>
  );
}
