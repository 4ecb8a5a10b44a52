"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { conditionDoneAction } from "./actions";

/** Marks one condition done; a refusal is shown beside the button. */
export function ConditionDoneButton({
  slug,
  conditionId,
  label,
  ariaLabel,
}: {
  slug: string;
  conditionId: number;
  label: string;
  ariaLabel: string;
}) {
  const [state, formAction, pending] = useActionState(conditionDoneAction, idle);
  return (
    <form action={formAction}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="conditionId" value={conditionId} />
      <button type="submit" className="button button-secondary button-small" aria-label={ariaLabel} disabled={pending}>
        {label}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
