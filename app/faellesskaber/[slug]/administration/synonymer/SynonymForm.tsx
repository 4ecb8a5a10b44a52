"use client";
// One synonym group: its words (comma-separated) and whom it serves. The same form creates a group and
// edits one; what was typed stays in the field with the message beside it when it cannot be saved.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { useRemountKey } from "@/components/forms/useRemountKey";
import { idle } from "@/lib/action-state";
import type { Messages } from "@/lib/i18n/messages";
import { saveSynonymGroupAction } from "./actions";

type Props = {
  communityId: number;
  communityName: string;
  group?: { id: number; words: string[]; scope: "COMMUNITY" | "ALL" };
  m: Messages["search"]["synonyms"];
};

const fill = (s: string, p: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => p[k] ?? "");

export function SynonymForm({ communityId, communityName, group, m }: Props) {
  const [state, formAction, pending] = useActionState(saveSynonymGroupAction, idle);
  const key = useRemountKey(state);
  const e = state.fieldErrors ?? {};
  const failed = state.status === "error";
  const words = failed ? (state.values?.words ?? "") : group ? group.words.join(", ") : "";
  const scope = failed ? (state.values?.scope ?? "COMMUNITY") : (group?.scope ?? "COMMUNITY");
  const id = group ? `g${group.id}` : "new";
  return (
    <form action={formAction} noValidate key={key}>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="communityId" value={communityId} />
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <div className={`form-group${e.words ? " form-error" : ""}`}>
        <label className="form-label" htmlFor={`${id}-words`}>
          {group ? fill(m.wordsOf, { words: group.words.join(", ") }) : m.words}
        </label>
        <span className="form-hint" id={`${id}-words-hint`}>
          {m.wordsHint}
        </span>
        {e.words && (
          <span className="form-error-message" id={`${id}-words-error`}>
            {e.words}
          </span>
        )}
        <input
          className="form-input input-width-xl"
          id={`${id}-words`}
          name="words"
          defaultValue={words}
          maxLength={800}
          aria-invalid={e.words ? true : undefined}
          aria-describedby={[`${id}-words-hint`, e.words && `${id}-words-error`].filter(Boolean).join(" ")}
        />
      </div>
      <fieldset className={`form-group${e.scope ? " form-error" : ""}`}>
        <legend className="form-label">{m.scope}</legend>
        {e.scope && <span className="form-error-message">{e.scope}</span>}
        {(["COMMUNITY", "ALL"] as const).map((s) => (
          <div className="form-group-radio" key={s}>
            <input
              className="form-radio"
              type="radio"
              id={`${id}-scope-${s}`}
              name="scope"
              value={s}
              defaultChecked={scope === s}
            />
            <label className="form-label" htmlFor={`${id}-scope-${s}`}>
              {s === "ALL" ? m.scopeAll : fill(m.scopeCommunity, { name: communityName })}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={pending}>
        {group ? m.save : m.create}
      </button>
    </form>
  );
}
