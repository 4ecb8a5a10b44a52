"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { TOKEN_ACCESS, TOKEN_NAME_MAX } from "@/lib/tokens/choices";
import { createTokenAction } from "./actions";
import { SecretBox } from "./SecretBox";
import type { TokenState } from "./token-state";

type Props = { scopes: { value: string; label: string }[]; m: Messages["api"]["tokens"] };

export function CreateTokenForm({ scopes, m }: Props) {
  const [state, create, pending] = useActionState<TokenState, FormData>(createTokenAction, idle);
  const remountKey = useRemountKey(state);
  const v = state.values ?? {};
  const err = state.fieldErrors ?? {};
  // One scope needs no choosing; several start unchosen, so nobody gets a token for the wrong one.
  const options = scopes.length === 1 ? scopes : [{ value: "", label: m.scopeChoose }, ...scopes];
  return (
    <>
      {state.created && <SecretBox created={state.created} m={m} />}
      {/* Remounted per answer: a created token starts an empty form, a failed submit shows what was typed and chosen. */}
      <form key={remountKey} action={create} className="stack-form" noValidate>
        {state.status === "error" && <FormMessage status="error" message={state.message} />}
        <Field
          name="name"
          label={m.name}
          hint={m.nameHint}
          autoComplete="off"
          required
          maxLength={TOKEN_NAME_MAX}
          defaultValue={v.name}
          error={err.name}
        />
        <SelectField
          name="scope"
          label={m.scope}
          hint={m.scopeHint}
          options={options}
          defaultValue={v.scope ?? options[0].value}
          error={err.scope}
          required
        />
        <ChoiceGroup
          field="access"
          type="radio"
          legend={m.access}
          error={err.access}
          choices={TOKEN_ACCESS.map((a) => ({
            name: "access",
            value: a,
            label: m[`access${a}`],
            hint: m[`access${a}Hint`],
            checked: (v.access ?? "READ") === a,
          }))}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {m.create}
        </button>
      </form>
    </>
  );
}
