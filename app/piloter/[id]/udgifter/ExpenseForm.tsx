"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { TextArea } from "@/components/forms/TextArea";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import { EXPENSE_CATEGORIES } from "@/lib/funding/choices";
import type { Messages } from "@/lib/i18n/messages";
import styles from "@/components/pilots/pilots.module.css";
import { postExpenseAction } from "./actions";
import { RequestKeyField, useRequestKey } from "@/components/forms/RequestKey";

type Props = {
  phaseId: number;
  heading: string;
  today: string;
  m: Messages["pilotPage"]["expenses"];
  categories: Messages["pilotPage"]["category"];
};

/**
 * One expense in one phase. On any refusal (beyond the grant, a bad field) the server hands back
 * what was typed and the fields are re-mounted with it, so nothing the user entered is lost.
 */
export function ExpenseForm({ phaseId, heading, today, m, categories }: Props) {
  const [state, post, posting] = useActionState(postExpenseAction, idle);
  const requestKey = useRequestKey(state);
  const key = useRemountKey(state);
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const err = state.fieldErrors ?? {};
  // Several phases can be open at once (a REVISE keeps one running): ids must differ per form.
  const id = (name: string) => `expense-${phaseId}-${name}`;
  const options = [
    { value: "", label: m.chooseCategory },
    ...EXPENSE_CATEGORIES.map((c) => ({ value: c, label: categories[c] })),
  ];
  return (
    <section aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{heading}</h3>
      <form action={post} className="stack-form" noValidate key={key}>
        <RequestKeyField value={requestKey} />
        <FormMessage status={state.status} message={state.message} />
        <input type="hidden" name="phaseId" value={phaseId} />
        <Field
          id={id("amount")}
          name="amount"
          label={m.amount}
          hint={m.amountHint}
          inputMode="numeric"
          autoComplete="off"
          required
          defaultValue={v.amount ?? ""}
          error={err.amount}
        />
        <Field
          id={id("date")}
          name="date"
          type="date"
          label={m.date}
          hint={m.dateHint}
          required
          defaultValue={v.date ?? today}
          error={err.date}
        />
        <SelectField
          id={id("category")}
          name="category"
          label={m.category}
          options={options}
          required
          defaultValue={v.category ?? ""}
          error={err.category}
        />
        <TextArea
          id={id("description")}
          name="description"
          label={m.description}
          rows={3}
          maxLength={500}
          required
          defaultValue={v.description ?? ""}
          error={err.description}
        />
        <button type="submit" className={`button button-primary ${styles.submit}`} disabled={posting}>
          {posting ? m.submitting : m.submit}
        </button>
      </form>
    </section>
  );
}
