"use client";
import { useActionState } from "react";
import { EmailField } from "./EmailField";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { fill } from "../fill";
import { RoleCheckboxes } from "./RoleCheckboxes";
import { addExistingUserAction } from "./actions";

type Props = { communityId: number; communityName: string; messages: Messages };

export function AddExistingUserForm({ communityId, communityName, messages }: Props) {
  const [state, add, pending] = useActionState(addExistingUserAction, idle);
  const m = messages.admin.users;
  const v = state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={add} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      {/* Its own ids: the create form on the same page has an e-mail field too. */}
      <EmailField id="existing-email" label={m.email} defaultValue={v.email ?? ""} error={state.fieldErrors?.email} />
      <RoleCheckboxes
        idPrefix="existing"
        legend={fill(m.rolesLegend, { name: communityName })}
        roleNames={messages.role}
        checked={(role) => v[`role_${role}`] === "on"}
        error={state.fieldErrors?.roles}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.existingSubmit}
      </button>
    </form>
  );
}
