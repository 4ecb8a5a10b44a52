// The secretariat creates users (with an invitation link) and gives and takes roles in its own
// community. A user belongs to one organisation; roles are per community (PRODUCT.md).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { authorize, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { lockCommunity, otherActiveSecretaries } from "../communities/access";
import type { Role } from "../generated/prisma/enums";
import { issueInvite } from "./invites";
import { inviteToCommunity } from "./community-invitations";
import { endSessions } from "../auth/session-version";
import { ROLES, type AddExistingUserInput, type CreateUserInput, type SetRolesInput } from "./schemas";

const emailTaken = () => new AppError("CONFLICT", "admin.users.emailTaken", { email: "admin.users.emailTaken" });
const inOrder = (roles: Role[]) => ROLES.filter((r) => roles.includes(r));

/** Returns the invitation token: the caller shows it once, and it is never readable again. */
export async function createUser(user: Actor | null, input: CreateUserInput) {
  const { communityId, name, email, organisationId } = input;
  const roles = inOrder(input.roles);
  authorize(user, "community.manage", { communityId });
  if (roles.length === 0)
    throw new AppError("BAD_REQUEST", "admin.users.rolesRequired", { roles: "admin.users.rolesRequired" });
  try {
    return await prisma.$transaction(async (tx) => {
      await lockCommunity(tx, communityId);
      const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
      if (!organisation) {
        throw new AppError("BAD_REQUEST", "admin.members.organisationUnknown", {
          organisationId: "admin.members.organisationUnknown",
        });
      }
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      const created = await tx.user.create({
        data: {
          name,
          email,
          organisationId,
          homeCommunityId: communityId,
          roles: { create: roles.map((role) => ({ role, communityId })) },
        },
        select: { id: true },
      });
      const invite = await issueInvite(tx, created.id, user.id);
      await recordAudit(tx, {
        actorId: user.id,
        communityId,
        entity: "User",
        entityId: created.id,
        action: "create",
        after: { name, email, organisation: organisation.name, roles, inviteExpiresAt: invite.expiresAt.toISOString() },
      });
      return { userId: created.id, ...invite };
    });
  } catch (err) {
    // Two secretariats of different communities creating the same e-mail at once: the unique index decides.
    if ((err as { code?: string }).code === "P2002") throw emailTaken();
    throw err;
  }
}

/** Sets the user's roles in this community to exactly `roles`; an empty list takes them all. */
export async function setRoles(user: Actor | null, input: SetRolesInput): Promise<"changed" | "unchanged"> {
  const { communityId, userId } = input;
  authorize(user, "community.manage", { communityId });
  return prisma.$transaction(async (tx) => {
    await lockCommunity(tx, communityId);
    const held = await tx.roleAssignment.findMany({ where: { communityId, userId }, select: { role: true } });
    // Only this community's own users are managed here; anyone else is "not found".
    if (held.length === 0) throw new AppError("NOT_FOUND", "admin.users.notFound");
    const before = inOrder(held.map((r) => r.role));
    const after = inOrder(input.roles);
    if (before.join() === after.join()) return "unchanged";
    if (
      before.includes("SECRETARIAT") &&
      !after.includes("SECRETARIAT") &&
      (await otherActiveSecretaries(tx, communityId, userId)) === 0
    ) {
      throw new AppError("CONFLICT", "admin.users.lastSecretariat", { roles: "admin.users.lastSecretariat" });
    }
    const removed = await tx.roleAssignment.deleteMany({ where: { communityId, userId, role: { notIn: after } } });
    // A role taken away ends the user's sessions, so no open page or form keeps acting in it.
    if (removed.count > 0) await endSessions(tx, userId);
    await tx.roleAssignment.createMany({
      data: after.filter((r) => !before.includes(r)).map((role) => ({ userId, communityId, role })),
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId,
      entity: "User",
      entityId: userId,
      action: "roles",
      before: { roles: before },
      after: { roles: after },
    });
    return "changed";
  });
}

/**
 * Brings a user who may already exist (say, from another community) into this one: an invitation
 * the person accepts on their profile (lib/users/community-invitations.ts). Nothing about the
 * address is revealed, and no role is given until they accept.
 */
export async function addExistingUser(user: Actor | null, input: AddExistingUserInput): Promise<void> {
  await inviteToCommunity(user, input);
}
