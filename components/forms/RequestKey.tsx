"use client";
import { useState } from "react";

/**
 * The key a money-moving or deciding form sends with its request (lib/db/once.ts). It stays the
 * same while the form is retried after an error or an unknown outcome, so the server answers the
 * retry with what the first request did, and changes once a request has succeeded.
 */
export function useRequestKey(state: { status: string }): string {
  const [seen, setSeen] = useState({ state, key: newKey() });
  if (seen.state !== state && state.status === "ok") {
    const next = { state, key: newKey() };
    setSeen(next);
    return next.key;
  }
  return seen.key;
}

function newKey(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : "00000000-0000-4000-8000-000000000000".replace(/0/g, () => Math.floor(Math.random() * 16).toString(16));
}

export function RequestKeyField({ value }: { value: string }) {
  return <input type="hidden" name="requestKey" value={value} />;
}
