"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { RoleCheckboxes } from "../RoleCheckboxes";
import { setRolesAction } from "../actions";

type Props = { communityId: number; userId: number; roles: string[]; legend: string; messages: Messages };

export function RolesForm({ communityId, userId, roles, legend, messages }: Props) {
  const [state, save, pending] = useActionState(setRolesAction, idle);
  const m = messages.admin.users;
  // After a refusal the boxes show what was sent; otherwise what the database now holds.
  const checked = (role: string) =>
    state.status === "error" ? state.values?.[`role_${role}`] === "on" : roles.includes(role);
  return (
    <form action={save} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      <input type="hidden" name="userId" value={userId} />
      <RoleCheckboxes
        idPrefix="roles"
        legend={legend}
        hint={m.rolesHint}
        roleNames={messages.role}
        checked={checked}
        error={state.fieldErrors?.roles}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.saveRoles}
      </button>
    </form>
  );
}
