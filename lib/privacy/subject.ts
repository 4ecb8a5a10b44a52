// Whose personal data a secretariat may export or erase: a user with a role in their community whose
// home it is, or who has roles nowhere else (lib/users/home.ts; a person whose home is elsewhere is
// that community's, or the platform admin's, to decide). The platform admin may act on anyone with a role in the community. Anyone else,
// or a user outside the community, gets the same 404 as a user who does not exist.
import "server-only";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import { managedAccount } from "../users/home";

type Tx = Prisma.TransactionClient;
export type SubjectRef = { communityId: number; userId: number };

export async function privacySubject(tx: Tx, actor: Actor | null, { communityId, userId }: SubjectRef) {
  try {
    authorize(actor, "community.manage", { communityId });
  } catch {
    throw new AppError("NOT_FOUND", "admin.users.notFound");
  }
  // The user's home community decides about the whole account (lib/users/home.ts).
  const target = await managedAccount(tx, actor, { communityId, userId }, "privacy.admin.elsewhere");
  return { actor, target };
}
