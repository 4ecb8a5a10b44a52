import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { authSecret, publicAddressIsHttps } from "../env";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { OIDC_PROVIDER_ID, SSO_REFUSED_URL, matchSsoUser, oidcProvider } from "./sso";
import { clientAddress, withThrottle } from "./throttle";
import { currentDevice } from "./device";
import { endSessions } from "./session-version";
import { decodeSessionCookie } from "./session-cookie";
import { safeReturnFromUrl } from "../safe-return";

/** The error code a throttled attempt reports; the sign-in form turns it into "wait and try again". */
export const THROTTLED_ERROR = "Throttled";

/** Checks e-mail and password; a deactivated user cannot sign in (their history stays). */
export async function checkCredentials(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email.toLowerCase() },
    select: { id: true, name: true, email: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok || user.deactivatedAt) return null;
  return { id: String(user.id), name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * What the credentials provider runs: the throttle around the password check. Malformed input
 * checks nothing, so it is not counted. Throws THROTTLED_ERROR when the counters are full.
 */
export async function signInWithPassword(
  input: unknown,
  headers?: Record<string, string | string[] | undefined>,
  now = new Date(),
  device = currentDevice(),
) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const outcome = await withThrottle(
    { email: parsed.data.email, address: clientAddress(headers), device },
    () => checkCredentials(parsed.data),
    now,
  );
  if (outcome.throttled) throw new Error(THROTTLED_ERROR);
  return outcome.result;
}

/** How long a session cookie lives (8 hours, decision 4). */
export const SESSION_MAX_AGE = 8 * 60 * 60;

let options: NextAuthOptions | undefined;

/** Built on first use, so `next build` never needs the secret or the database. */
export function authOptions(): NextAuthOptions {
  options ??= {
    secret: authSecret(),
    // Signed JWT sessions: valid on every app instance that shares NEXTAUTH_SECRET.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    // next-auth's own encode; a decode that derives the cookie key once (lib/auth/session-cookie.ts).
    jwt: { decode: decodeSessionCookie },
    pages: { signIn: "/log-ind", error: "/log-ind" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (input, req) => signInWithPassword(input, req?.headers),
      }),
      // Only when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set.
      ...[oidcProvider()].filter((p) => p !== null),
    ],
    callbacks: {
      // Every callbackUrl next-auth follows (sign-in, sign-out, single sign-on): a path of this site only.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeReturnFromUrl(url, new URL(baseUrl).origin)}`;
      },
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return (await matchSsoUser(profile)) ? true : SSO_REFUSED_URL;
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === OIDC_PROVIDER_ID) {
          // The provider's subject is not our id: the session carries the matched local user.
          const match = await matchSsoUser(profile);
          token.uid = match?.id;
          token.sub = match ? String(match.id) : undefined;
          token.email = match?.email;
          token.sv = match?.sessionVersion;
        } else if (user) {
          token.uid = Number(user.id);
          // The session version the cookie is issued under (lib/auth/session-version.ts).
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) Object.assign(session.user, { id: token.uid as number, sv: token.sv as number | undefined });
        return session;
      },
    },
    events: {
      // Signing out ends the session everywhere, so a copy of the cookie dies with it (issue 15).
      async signOut({ token }) {
        const uid = Number((token as { uid?: unknown } | null)?.uid);
        if (Number.isInteger(uid) && uid > 0) await prisma.$transaction((tx) => endSessions(tx, uid));
      },
    },
  };
  // Secure cookies whenever the public address is https, also behind a proxy that terminates TLS and
  // forwards plain http (issue 15): decided by NEXTAUTH_URL, which next-auth too reads per request.
  return { ...options, useSecureCookies: publicAddressIsHttps() };
}
