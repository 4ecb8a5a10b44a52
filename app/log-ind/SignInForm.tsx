"use client";
import { useRef, useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Field } from "@/components/forms/Field";
import { FormMessage } from "@/components/forms/FormMessage";
import { signInSchema } from "@/lib/auth/schemas";
import type { Messages } from "@/lib/i18n/messages";

type M = Messages["login"];
const text = (m: M, key: string) => m[key.replace(/^login\./, "") as keyof M] ?? key;

export function SignInForm({ m, returnTo, initialError }: { m: M; returnTo: string; initialError?: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState(initialError);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(undefined);
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
    setFailure(m.failed);
    setPassword("");
  }

  return (
    <form ref={form} onSubmit={submit} className="stack-form" noValidate method="post">
      <FormMessage status="error" message={failure} />
      <Field name="email" type="email" label={m.email} autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} />
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
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? m.submitting : m.submit}
      </button>
      <p className="form-hint">{m.demoHint}</p>
    </form>
  );
}
