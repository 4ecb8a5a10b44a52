// After a password change every session of the user ends (lib/auth/session-version.ts) — except the
// one that changed it: its cookie is issued again under the new version, same claims, a fresh 8 hours.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { authSecret } from "../env";
import { decodeSessionCookie } from "./session-cookie";
import { SESSION_MAX_AGE } from "./options";

const NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function reissueSessionCookie(sessionVersion: number) {
  const jar = await cookies();
  const name = NAMES.find((n) => jar.get(n)?.value);
  if (!name) return;
  const secret = authSecret();
  const token = await decodeSessionCookie({ token: jar.get(name)!.value, secret }).catch(() => null);
  if (!token) return;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE });
  jar.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE,
  });
}

/** "Log ud alle steder" ends this session too: its cookie goes as well. */
export async function dropSessionCookie() {
  const jar = await cookies();
  for (const name of NAMES) if (jar.get(name)) jar.delete(name);
}
