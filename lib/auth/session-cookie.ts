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
