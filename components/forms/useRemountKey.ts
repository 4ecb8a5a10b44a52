"use client";
import { useState } from "react";

/**
 * A key that changes with every new action state. Putting it on a form's fields remounts them, so
 * their defaultValue/defaultChecked — the echoed input after an error, the saved data after a
 * success — is what the user sees. (React resets a form after its action, and a select or checkbox
 * otherwise falls back to what it was first rendered with.)
 */
export function useRemountKey(state: unknown): number {
  const [seen, setSeen] = useState({ state, key: 0 });
  if (seen.state !== state) {
    const next = { state, key: seen.key + 1 };
    setSeen(next);
    return next.key;
  }
  return seen.key;
}
