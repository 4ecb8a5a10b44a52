"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { acceptInviteAction } from "./actions";

export function InviteForm({ token, email, m }: { token: string; email: string; m: Messages["admin"]["invite"] }) {
  const [state, accept, pending] = useActionState(acceptInviteAction, idle);
  if (state.status === "ok") {
    return (
      <>
        <FormMessage status="ok" message={state.message} />
        <p>
          <Link href="/log-ind?callbackUrl=%2Fprofil" className="button button-primary">
            {m.signIn}
          </Link>
        </p>
      </>
    );
  }
  return (
    <form action={accept} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field
        name="password"
        type="password"
        label={m.password}
        hint={m.passwordHint}
        autoComplete="new-password"
        required
        minLength={10}
        error={state.fieldErrors?.password}
      />
      <Field
        name="confirm"
        type="password"
        label={m.confirm}
        autoComplete="new-password"
        required
        error={state.fieldErrors?.confirm}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.submit}
      </button>
    </form>
  );
}
