"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { changePasswordAction, renameAction } from "./actions";

export function ProfileForms({ m, name }: { m: Messages["profile"]; name: string }) {
  const [nameState, rename, renaming] = useActionState(renameAction, idle);
  const [pwState, changePassword, changing] = useActionState(changePasswordAction, idle);
  return (
    <>
      <section aria-labelledby="name-heading">
        <h2 id="name-heading">{m.nameHeading}</h2>
        <form action={rename} className="stack-form" noValidate>
          <FormMessage status={nameState.status} message={nameState.message} />
          <Field
            name="name"
            label={m.name}
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={nameState.values?.name ?? name}
            key={nameState.values?.name ?? name}
            error={nameState.fieldErrors?.name}
          />
          <button type="submit" className="button button-primary" disabled={renaming}>
            {m.save}
          </button>
        </form>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{m.passwordHeading}</h2>
        <form action={changePassword} className="stack-form" noValidate>
          <FormMessage status={pwState.status} message={pwState.message} />
          <Field
            name="currentPassword"
            type="password"
            label={m.currentPassword}
            autoComplete="current-password"
            required
            error={pwState.fieldErrors?.currentPassword}
          />
          <Field
            name="newPassword"
            type="password"
            label={m.newPassword}
            hint={m.newPasswordHint}
            autoComplete="new-password"
            required
            error={pwState.fieldErrors?.newPassword}
          />
          <button type="submit" className="button button-primary" disabled={changing}>
            {m.changePassword}
          </button>
        </form>
      </section>
    </>
  );
}
