import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { prisma } from "../db";
import { authOptions } from "./options";
import { safeReturnPath } from "../safe-return";
import type { Prisma } from "../generated/prisma/client";
import type { ApiTokenScope } from "../tokens/scope";

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

/** The signed-in user, read fresh from the database each request (a deactivation bites at once). */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: number } | undefined)?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({ where: { id }, select: sessionUserSelect });
  return user && !user.deactivatedAt ? user : null;
});

/** For pages: the user, or off to the sign-in page and back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/log-ind?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}
