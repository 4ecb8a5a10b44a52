import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { prisma } from "../db";
import { authOptions } from "./options";
import { safeReturnPath } from "../safe-return";
import { cookieVersion } from "./session-version";
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
  const session = await getServerSession(authOptions());
  const claims = session?.user as { id?: number; sv?: number } | undefined;
  if (!claims?.id) return null;
  const row = await sessionRow(claims.id);
  if (!row || row.deactivatedAt || row.sessionVersion !== cookieVersion(claims.sv)) return null;
  return row;
});

/** The layout's one read per request for the signed-in user (named so tests count what pages run). */
export function sessionRow(id: number) {
  return prisma.user.findUnique({ where: { id }, select: { ...sessionUserSelect, sessionVersion: true } });
}

/** For pages: the user, or off to the sign-in page and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/log-ind?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
