"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { removeSiteAction } from "./site-actions";

export function SiteRemove({ siteId, label, ariaLabel }: { siteId: number; label: string; ariaLabel: string }) {
  const [state, remove, pending] = useActionState(removeSiteAction, idle);
  return (
    <form action={remove}>
      <input type="hidden" name="siteId" value={siteId} />
      {state.status !== "ok" && (
        <button type="submit" className="button button-secondary" aria-label={ariaLabel} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
