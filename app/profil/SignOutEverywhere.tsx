"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/FormMessage";
import { idle } from "@/lib/action-state";
import { signOutEverywhereAction } from "./sign-out-everywhere";

type Texts = { heading: string; lead: string; button: string };

/** Ends every session of the user: a lost phone, a shared computer, a cookie someone copied. */
export function SignOutEverywhere({ texts }: { texts: Texts }) {
  const [state, submit, pending] = useActionState(signOutEverywhereAction, idle);
  return (
    <section aria-labelledby="log-ud-alle-steder">
      <h2 id="log-ud-alle-steder">{texts.heading}</h2>
      <p>{texts.lead}</p>
      <FormMessage status={state.status} message={state.message} />
      <form action={submit}>
        <button type="submit" className="button button-secondary" disabled={pending}>
          {texts.button}
        </button>
      </form>
    </section>
  );
}
