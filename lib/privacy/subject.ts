// Whose personal data a secretariat may export or erase: a user with a role in their community and
// in no other (one account serves every community, so a person active elsewhere is the platform
// admin's to decide). The platform admin may act on anyone with a role in the community. Anyone else,
// or a user outside the community, gets the same 404 as a user who does not exist.
import "server-only";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;
export type SubjectRef = { communityId: number; userId: number };

export async function privacySubject(tx: Tx, actor: Actor | null, { communityId, userId }: SubjectRef) {
  try {
    authorize(actor, "community.manage", { communityId });
  } catch {
    throw new AppError("NOT_FOUND", "admin.users.notFound");
  }
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, isPlatformAdmin: true, deactivatedAt: true, roles: { select: { communityId: true, role: true } } },
  });
  if (!target || !target.roles.some((r) => r.communityId === communityId)) throw new AppError("NOT_FOUND", "admin.users.notFound");
  const reachesBeyond = target.isPlatformAdmin || target.roles.some((r) => r.communityId !== communityId);
  if (reachesBeyond && !actor.isPlatformAdmin) throw new AppError("FORBIDDEN", "privacy.admin.elsewhere");
  return { actor, target };
}
