// API token secrets. 32 random bytes cannot be guessed, so a plain SHA-256 is enough to store them
// (a slow password hash would only slow every API call); a copy of the database opens nothing.
// The `imk_` marker lets secret scanners and people tell an Innovationsmotor key from others.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_MARKER = "imk_";
/** How much of the secret the list shows: enough to recognise a key, far too little to use it. */
const PREFIX_LENGTH = TOKEN_MARKER.length + 6;

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function newTokenSecret() {
  const secret = TOKEN_MARKER + randomBytes(32).toString("base64url");
  return { secret, tokenHash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}
