// Bringing someone who may already have an account into a community (issue 15, finding 4). The
// secretariat names an e-mail address and roles; that is stored as an invitation and nothing else
// happens. The answer is the same whether the address has an account or not, and it names nobody.
// The person with that address sees the invitation on their profile when signed in and accepts or
// declines it; only acceptance gives the roles. Their home community stays theirs (lib/users/home.ts).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity } from "../communities/access";
import type { Role } from "../generated/prisma/enums";
import { ROLES } from "./schemas";

export const COMMUNITY_INVITATION_DAYS = 30;

const inOrder = (roles: Role[]) => ROLES.filter((r) => roles.includes(r));

/** Records (or renews) the invitation for this address. Refuses only what the secretariat can already see. */
export async function inviteToCommunity(
  user: Actor | null,
  input: { communityId: number; email: string; roles: Role[] },
): Promise<void> {
  const { communityId } = input;
  const email = input.email.trim().toLowerCase();
  const roles = inOrder(input.roles);
  authorize(user, "community.manage", { communityId });
  if (roles.length === 0)
    throw new AppError("BAD_REQUEST", "admin.users.rolesRequired", { roles: "admin.users.rolesRequired" });
  await prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    // Someone already in this community is on the secretariat's own user list: saying so reveals nothing.
    const here = await tx.roleAssignment.count({ where: { communityId, user: { email } } });
    if (here > 0) throw new AppError("CONFLICT", "admin.users.alreadyHere", { email: "admin.users.alreadyHere" });
    const now = new Date();
    const expiresAt = new Date(now.getTime() + COMMUNITY_INVITATION_DAYS * 24 * 60 * 60 * 1000);
    // One open invitation per address and community: a second one replaces the first's roles.
    await tx.communityInvitation.updateMany({
      where: { communityId, email, answeredAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const created = await tx.communityInvitation.create({
      data: { communityId, email, roles, createdById: user.id, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "CommunityInvitation",
      entityId: created.id,
      action: "create",
      after: { email, roles, expiresAt: expiresAt.toISOString() },
    });
  });
}

/** The signed-in person's open invitations, for their profile. */
export function openInvitationsFor(user: { email: string }) {
  return prisma.communityInvitation.findMany({
    where: { email: user.email.toLowerCase(), answeredAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, roles: true, expiresAt: true, community: { select: { name: true, slug: true } } },
    orderBy: { id: "asc" },
  });
}

/** Accept (the roles are given) or decline; only the addressee, only once, only while open. */
export async function answerInvitation(
  user: Actor & { email: string; deactivatedAt?: Date | null },
  input: { invitationId: number; accept: boolean },
) {
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const invitation = await tx.communityInvitation.findFirst({
      where: { id: input.invitationId, email: user.email.toLowerCase(), answeredAt: null, expiresAt: { gt: now } },
      select: { id: true, communityId: true, roles: true },
    });
    // Someone else's, answered or expired: all alike "not found".
    if (!invitation) throw new AppError("NOT_FOUND", "admin.invitations.notFound");
    await lockCommunity(tx, invitation.communityId);
    const claimed = await tx.communityInvitation.updateMany({
      where: { id: invitation.id, answeredAt: null },
      data: { answeredAt: now, accepted: input.accept },
    });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", "admin.invitations.notFound");
    if (input.accept) {
      await tx.roleAssignment.createMany({
        data: invitation.roles.map((role) => ({ userId: user.id, communityId: invitation.communityId, role })),
        skipDuplicates: true,
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      communityId: invitation.communityId,
      entity: "User",
      entityId: user.id,
      action: input.accept ? "roles" : "invitation-declined",
      before: input.accept ? { roles: [] } : undefined,
      after: input.accept ? { roles: invitation.roles } : { invitation: invitation.id },
    });
    return input.accept ? "accepted" : "declined";
  });
}
