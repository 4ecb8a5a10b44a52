"use client";
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { EmailField } from "./EmailField";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { OrganisationPicker, type OrganisationOption } from "../OrganisationPicker";
import { fill } from "../fill";
import { RoleCheckboxes } from "./RoleCheckboxes";
import { InviteLinkBox } from "./InviteLinkBox";
import { createUserAction } from "./actions";
import type { InviteState } from "./invite-state";

type Props = {
  communityId: number;
  communityName: string;
  organisations: OrganisationOption[];
  messages: Messages;
  locale: Locale;
};

export function CreateUserForm({ communityId, communityName, organisations, messages, locale }: Props) {
  const [state, create, pending] = useActionState<InviteState, FormData>(createUserAction, idle);
  const m = messages.admin.users;
  const v = state.values ?? {};
  const err = state.fieldErrors ?? {};
  return (
    <>
      {state.invite && <InviteLinkBox invite={state.invite} m={messages.admin.inviteLink} locale={locale} />}
      {/* Keyed on the link, so a successful create starts an empty form; a failed one keeps the typing. */}
      <form key={state.invite?.path ?? "new"} action={create} className="stack-form" noValidate>
        {state.status === "error" && <FormMessage status="error" message={state.message} />}
        <input type="hidden" name="communityId" value={communityId} />
        <Field
          name="name"
          label={m.name}
          autoComplete="off"
          required
          maxLength={120}
          defaultValue={v.name}
          error={err.name}
        />
        <EmailField label={m.email} defaultValue={v.email} error={err.email} />
        <OrganisationPicker
          idPrefix="create-user"
          options={organisations}
          kinds={messages.orgKind}
          m={messages.admin.members}
          label={m.organisation}
          error={err.organisationId}
          defaultValue={v.organisationId}
        />
        <RoleCheckboxes
          idPrefix="create-user"
          legend={fill(m.rolesLegend, { name: communityName })}
          roleNames={messages.role}
          checked={(role) => v[`role_${role}`] === "on"}
          error={err.roles}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {m.create}
        </button>
      </form>
    </>
  );
}
