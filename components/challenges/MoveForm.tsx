"use client";
// The secretariat's decision on an idea: a pilot draft for a named lead, the shelf (reason and a day
// to look again) or a decline (reason). Carries a request key, so a second press gets the first answer.
import { useActionState } from "react";
import { Field } from "@/components/forms/Field";
import { TextArea } from "@/components/forms/TextArea";
import { SelectField } from "@/components/forms/SelectField";
import { ChoiceGroup } from "@/components/forms/ChoiceGroup";
import { FormMessage } from "@/components/forms/FormMessage";
import { RequestKeyField, useRequestKey } from "@/components/forms/RequestKey";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle, type ActionState } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  ideaId: number;
  moves: readonly ("PILOT" | "SHELVED" | "DECLINED")[];
  leads: { id: number; name: string; organisation: string }[];
  m: Messages["challenges"];
};

export function MoveForm({ action, ideaId, moves, leads, m }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const key = useRemountKey(state);
  const requestKey = useRequestKey(state);
  const mv = m.move;
  const e = state.fieldErrors;
  const v = state.status === "error" ? (state.values ?? {}) : {};
  const p = `move-${ideaId}-`;
  return (
    <form action={formAction} noValidate className="stack-form" aria-label={mv.heading}>
      {/* Several ideas, several forms: the messages stand beside their fields, the refusal above them. */}
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="ideaId" value={ideaId} />
      <RequestKeyField value={requestKey} />
      <div key={key}>
        <ChoiceGroup
          field={`${ideaId}-to`}
          legend={mv.to}
          type="radio"
          error={e?.to}
          choices={moves.map((to) => ({ name: "to", value: to, label: mv[to], checked: v.to === to }))}
        />
        <SelectField
          name="leadId"
          id={`${p}leadId`}
          label={mv.lead}
          hint={mv.leadHint}
          error={e?.leadId}
          defaultValue={v.leadId ?? ""}
          options={[
            { value: "", label: mv.chooseLead },
            ...leads.map((l) => ({ value: l.id, label: `${l.name} (${l.organisation})` })),
          ]}
        />
        <p className="form-hint">{mv.participantsNote}</p>
        <TextArea
          name="reason"
          id={`${p}reason`}
          label={mv.reason}
          hint={mv.reasonHint}
          rows={3}
          defaultValue={v.reason ?? ""}
          error={e?.reason}
        />
        <Field
          name="reviewOn"
          id={`${p}reviewOn`}
          type="date"
          label={mv.reviewOn}
          hint={mv.reviewOnHint}
          defaultValue={v.reviewOn ?? ""}
          error={e?.reviewOn}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {mv.submit}
      </button>
    </form>
  );
}
