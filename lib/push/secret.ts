// Push target secrets: like API tokens (lib/tokens/secret.ts), 32 random bytes stored only as SHA-256,
// with their own marker so a person (or a secret scanner) tells a push secret from an API key.
import "server-only";
import { randomBytes } from "node:crypto";
import { hashTokenSecret } from "../tokens/secret";

export const PUSH_MARKER = "imp_";
export const PUSH_SECRET_SHAPE = new RegExp(`^${PUSH_MARKER}[A-Za-z0-9_-]{43}$`);

export const hashPushSecret = hashTokenSecret;

export function newPushSecret() {
  const secret = PUSH_MARKER + randomBytes(32).toString("base64url");
  return { secret, secretHash: hashPushSecret(secret), prefix: secret.slice(0, PUSH_MARKER.length + 6) };
}
