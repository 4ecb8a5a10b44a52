"use client";
import { useState } from "react";

export type SsoTexts = { intro: string; button: string; busy: string; orPassword: string };

/** The organisation's own login (OIDC); shown only when the server has it configured. */
export function SsoSignIn({ texts, returnTo, providerId }: { texts: SsoTexts; returnTo: string; providerId: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <>
      <p>{texts.intro}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          // next-auth posts with its CSRF token and then leaves for the provider's login page.
          void import("next-auth/react").then(({ signIn }) => signIn(providerId, { callbackUrl: returnTo }));
        }}
      >
        {busy ? texts.busy : texts.button}
      </button>
      <h2 className="h4">{texts.orPassword}</h2>
    </>
  );
}
