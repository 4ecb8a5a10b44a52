"use client";
import { signOut } from "next-auth/react";

export function SignOutClientButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button-tertiary button-small" onClick={() => signOut({ callbackUrl: "/" })}>
      {label}
    </button>
  );
}
