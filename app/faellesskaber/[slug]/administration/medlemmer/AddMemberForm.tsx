"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { OrganisationPicker, type OrganisationOption } from "../OrganisationPicker";
import { addMemberAction } from "./actions";

type Props = {
  communityId: number;
  candidates: OrganisationOption[];
  m: Messages["admin"]["members"];
  kinds: Messages["orgKind"];
};

export function AddMemberForm({ communityId, candidates, m, kinds }: Props) {
  const [state, add, pending] = useActionState(addMemberAction, idle);
  return (
    <form action={add} className="stack-form" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      {/* A new key after each success empties the search and the choice. */}
      <OrganisationPicker
        key={state.status === "ok" ? candidates.length : "typing"}
        idPrefix="add-member"
        options={candidates}
        kinds={kinds}
        m={m}
        label={m.organisation}
        error={state.fieldErrors?.organisationId}
        defaultValue={state.values?.organisationId}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {m.add}
      </button>
    </form>
  );
}
