import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "../db";
import { decodeSessionCookie, sessionCookieValue } from "./session-cookie";
import { authSecret, publicAddressIsHttps } from "../env";
import { safeReturnPath } from "../safe-return";
import { cookieVersion } from "./session-version";
import { readSessionUser } from "./session-read";
import type { Prisma } from "../generated/prisma/client";
import type { ApiTokenScope } from "./permissions";

export const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  isPlatformAdmin: true,
  deactivatedAt: true,
  organisation: { select: { id: true, name: true, kind: true } },
  roles: { select: { role: true, communityId: true, community: { select: { slug: true, name: true } } } },
} satisfies Prisma.UserSelect;

export type SessionUser = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }> & {
  /** Set when the call came with an API token (lib/tokens): reads and writes are narrowed to its scope. */
  apiToken?: ApiTokenScope;
};

/**
 * The signed-in user, read fresh from the database each request (a deactivation bites at once), and
 * only while the cookie's session version is the user's current one (lib/auth/session-version.ts):
 * the same single read by primary key, so ending sessions costs no extra query per request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  // (The row also carries sessionVersion; SessionUser's type leaves it out, nothing reads it further.)
  // The cookie read directly, not through getServerSession: that runs next-auth's whole session
  // endpoint per call (callbacks, and a fresh cookie encoded with its own key derivation that a server
  // component cannot even set) to give the same two claims (docs/performance.md, issue 22).
  const jar = await cookies();
  const token = sessionCookieValue((n) => jar.get(n)?.value, publicAddressIsHttps());
  const claims = token
    ? await decodeSessionCookie({ token, secret: authSecret() }).catch(() => null) // forged, damaged or expired
    : null;
  const id = claims?.uid;
  if (typeof id !== "number" || !id) return null;
  const row = await sessionRow(id);
  if (!row || row.deactivatedAt || row.sessionVersion !== cookieVersion(claims?.sv)) return null;
  return row;
});

/** The layout's one read per request for the signed-in user (named so tests count what pages run). */
/** The layout's one read per request: the columns of sessionUserSelect and sessionVersion, in one statement. */
export function sessionRow(id: number) {
  return readSessionUser(prisma, id);
}

/** For pages: the user, or off to the sign-in page and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/log-ind?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
