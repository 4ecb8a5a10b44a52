"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { eraseUserAction } from "./actions";

type Props = { communityId: number; userId: number; email: string; usersHref: string; m: Messages["privacy"]["admin"] };

/** Erasure needs the person's e-mail typed again: a deliberate second step, not a stray click or Enter. */
export function EraseForm({ communityId, userId, email, usersHref, m }: Props) {
  const [state, erase, pending] = useActionState(eraseUserAction, idle);
  if (state.status === "ok") {
    return (
      <>
        <FormMessage status="ok" message={state.message} />
        <p>
          <Link href={usersHref}>{m.backToUsers}</Link>
        </p>
      </>
    );
  }
  return (
    <form action={erase} noValidate>
      <FormMessage status={state.status} message={state.fieldErrors?.typedEmail ? undefined : state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="userId" value={userId} />
      <Field
        name="typedEmail"
        type="email"
        autoComplete="off"
        label={m.typedEmail}
        hint={m.typedEmailHint.replace("{email}", email)}
        error={state.fieldErrors?.typedEmail}
        defaultValue={state.values?.typedEmail ?? ""}
        key={state.values?.typedEmail ?? ""}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.erase}
      </button>
    </form>
  );
}
