// Deactivation keeps the user row and everything it did; sign-in and sessions refuse it at once
// (checkCredentials and currentUser read deactivatedAt). A fresh invitation link is for users
// who never set a password, so it cannot be used to take over an account in use.
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity, otherActiveSecretaries } from "../communities/access";
import type { Prisma } from "../generated/prisma/client";
import { issueInvite } from "./invites";
import { managedAccount } from "./home";
import { retireAccess } from "../auth/session-version";
import type { UserRefInput } from "./schemas";

type Tx = Prisma.TransactionClient;

async function communityUser(tx: Tx, actor: Actor, ref: UserRefInput) {
  await lockCommunity(tx, ref.communityId);
  // One account serves every community: only its home community locks it (lib/users/home.ts).
  return managedAccount(tx, actor, ref, "admin.users.rolesElsewhere");
}

export async function deactivateUser(user: Actor | null, input: UserRefInput) {
  authorize(user, "community.manage", { communityId: input.communityId });
  await prisma.$transaction(async (tx) => {
    const target = await communityUser(tx, user, input);
    if (target.id === user.id) throw new AppError("CONFLICT", "admin.users.cannotDeactivateSelf");
    if (target.deactivatedAt) throw new AppError("CONFLICT", "admin.users.alreadyDeactivated");
    // No community may be left without an active secretariat, this one or another the user serves.
    for (const { communityId } of target.roles.filter((r) => r.role === "SECRETARIAT")) {
      if ((await otherActiveSecretaries(tx, communityId, target.id)) === 0)
        throw new AppError("CONFLICT", "admin.users.lastSecretariat");
    }
    const deactivatedAt = new Date();
    await tx.user.update({ where: { id: target.id }, data: { deactivatedAt } });
    // Sessions, invitation links and API tokens end now and stay dead after a reactivation.
    await retireAccess(tx, target.id, deactivatedAt);
    await recordAudit(tx, {
      actorId: user.id,
      communityId: input.communityId,
      entity: "User",
      entityId: target.id,
      action: "deactivate",
      before: { deactivatedAt: null },
      after: { deactivatedAt: deactivatedAt.toISOString() },
    });
  });
}

export async function reactivateUser(user: Actor | null, input: UserRefInput) {
  authorize(user, "community.manage", { communityId: input.communityId });
  await prisma.$transaction(async (tx) => {
    const target = await communityUser(tx, user, input);
    if (!target.deactivatedAt) throw new AppError("CONFLICT", "admin.users.notDeactivated");
    await tx.user.update({ where: { id: target.id }, data: { deactivatedAt: null } });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: input.communityId,
      entity: "User",
      entityId: target.id,
      action: "reactivate",
      before: { deactivatedAt: target.deactivatedAt.toISOString() },
      after: { deactivatedAt: null },
    });
  });
}

/** A new link for a user who has not yet set a password (the old one expired or went astray). */
export async function renewInvite(user: Actor | null, input: UserRefInput) {
  authorize(user, "community.manage", { communityId: input.communityId });
  return prisma.$transaction(async (tx) => {
    const target = await communityUser(tx, user, input);
    if (target.passwordSet) throw new AppError("CONFLICT", "admin.users.alreadyActivated");
    if (target.deactivatedAt) throw new AppError("CONFLICT", "admin.users.inviteDeactivated");
    const open = await tx.userInvite.findFirst({
      where: { userId: target.id, usedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { expiresAt: "desc" },
      select: { expiresAt: true },
    });
    const invite = await issueInvite(tx, target.id, user.id);
    await recordAudit(tx, {
      actorId: user.id,
      communityId: input.communityId,
      entity: "User",
      entityId: target.id,
      action: "invite",
      before: { inviteExpiresAt: open?.expiresAt.toISOString() ?? null },
      after: { inviteExpiresAt: invite.expiresAt.toISOString() },
    });
    return { ...invite, name: target.name, email: target.email };
  });
}
