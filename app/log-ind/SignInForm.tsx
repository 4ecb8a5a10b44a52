"use client";
import { useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import type { Messages } from "@/lib/i18n/messages";
import { SsoSignIn, type SsoTexts } from "./SsoSignIn";

const noop = () => () => {};

// The checks (zod) and next-auth's client load when the form is first used, not with the page: together
// ~40 kB gzip of first-load JavaScript (issue 22). Focusing a field starts the load; submit awaits it.
let tools: Promise<[typeof import("@/lib/auth/schemas"), typeof import("next-auth/react")]> | undefined;
const loadTools = () => (tools ??= Promise.all([import("@/lib/auth/schemas"), import("next-auth/react")]));

type M = Messages["login"];
const text = (m: M, key: string) => m[key.replace(/^login\./, "") as keyof M] ?? key;

type Props = {
  m: M;
  returnTo: string;
  initialError?: string;
  /** Shown when the server refuses further attempts for a while (the THROTTLED_ERROR code). */
  throttled: { code: string; message: string };
  sso?: { providerId: string; texts: SsoTexts };
};

export function SignInForm({ m, returnTo, initialError, throttled, sso }: Props) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState(initialError);
  const [busy, setBusy] = useState(false);
  // Until React has hydrated, a click would post the form natively and lose it: keep the button off.
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(undefined);
    // A failed load (network) is tried again on the next press.
    const loaded = await loadTools().catch(() => (tools = undefined));
    if (!loaded) return;
    const [{ signInSchema }, { signIn }] = loaded;
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= text(m, issue.message);
      setErrors(next);
      form.current?.querySelector<HTMLInputElement>(`[name="${Object.keys(next)[0]}"]`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    const res = await signIn("credentials", { email: parsed.data.email, password, redirect: false });
    if (res?.ok && !res.error) {
      // A full navigation, so the server-rendered header picks up the new session.
      window.location.assign(returnTo);
      return;
    }
    setBusy(false);
    // One message for a wrong e-mail and a wrong password alike, so it does not tell which exist.
    setFailure(res?.error === throttled.code ? throttled.message : m.failed);
    setPassword("");
  }

  return (
    <div className="stack-form">
      <FormMessage status="error" message={failure} />
      {sso && <SsoSignIn providerId={sso.providerId} texts={sso.texts} returnTo={returnTo} />}
      <form ref={form} onSubmit={submit} onFocus={() => void loadTools()} noValidate method="post">
        <Field
          name="email"
          type="email"
          label={m.email}
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <Field
          name="password"
          type="password"
          label={m.password}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        {/* With single sign-on on the page, that is the primary action: one primary button per page. */}
        <button
          type="submit"
          className={`button ${sso ? "button-secondary" : "button-primary"}`}
          disabled={busy || !hydrated}
        >
          {busy ? m.submitting : m.submit}
        </button>
        <p className="form-hint">{m.demoHint}</p>
      </form>
    </div>
  );
}
