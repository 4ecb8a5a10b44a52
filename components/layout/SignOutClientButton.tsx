"use client";
// Without next-auth's CSRF cookie (SignOutButton), the token is fetched first and the same plain form
// post is sent. Not next-auth/react's signOut: that module and its helpers cost ~12 kB gzip on every
// page's first load for this one call (docs/performance.md, issue 22).
import { useState } from "react";

export function SignOutClientButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    try {
      const res = await fetch("/api/auth/csrf", { headers: { Accept: "application/json" } });
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const form = document.createElement("form");
      form.method = "post";
      form.action = "/api/auth/signout";
      for (const [name, value] of [
        ["csrfToken", csrfToken],
        ["callbackUrl", "/"],
      ]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    } catch {
      setBusy(false);
    }
  }
  return (
    <button
      type="button"
      className="button button-tertiary button-small"
      aria-disabled={busy || undefined}
      onClick={() => void (busy ? undefined : signOut())}
    >
      {label}
    </button>
  );
}
