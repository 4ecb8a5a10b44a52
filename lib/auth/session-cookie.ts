// Reading the session cookie without deriving its key on every request. next-auth's own decode runs
// HKDF over NEXTAUTH_SECRET for each call; the key depends on nothing but the secret (and salt), and
// that derivation was ~8 % of an API call's CPU under load (docs/performance.md). Same format as
// next-auth's encode (JWE compact, "dir" + A256GCM, the same HKDF info string), so cookies issued
// before and after this change are read alike; tests/integration/session-cookie.test.ts checks both ways.
import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/** next-auth's getDerivedEncryptionKey: HKDF-SHA256, empty salt unless given, 32 bytes. */
export function sessionKey(secret: string | Buffer, salt = ""): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = keys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`;
    key = new Uint8Array(hkdfSync("sha256", secret, salt, info, 32));
    keys.set(id, key);
  }
  return key;
}

/** Throws on a cookie that is forged, damaged or expired, as next-auth's decode does (the caller then sees no session). */
export async function decodeSessionCookie({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, sessionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/** next-auth's session cookie name: the __Secure- one whenever the public address is https (options.ts). */
export const sessionCookieName = (secure: boolean) =>
  secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/**
 * The session cookie's value as next-auth reads it: whole, or in chunks `name.0`, `name.1`, … (its
 * SessionStore splits a cookie past 4 kB, joined in index order).
 */
export function sessionCookieValue(read: (name: string) => string | undefined, secure: boolean): string | undefined {
  const name = sessionCookieName(secure);
  const whole = read(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; ; i++) {
    const part = read(`${name}.${i}`);
    if (part === undefined) break;
    chunks.push(part);
  }
  return chunks.length ? chunks.join("") : undefined;
}
