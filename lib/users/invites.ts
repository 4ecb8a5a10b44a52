// Invitation links: a random token goes to the secretariat once; only its SHA-256 is stored, so a
// copy of the database cannot be turned into working links. A link sets a first password, once.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "../db";
import { AppError } from "../errors";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import type { Prisma } from "../generated/prisma/client";
import type { AcceptInviteInput } from "./schemas";

export const INVITE_VALID_DAYS = 14;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Makes a new link and retires the user's older open ones, so only the newest link works. */
export async function issueInvite(tx: Prisma.TransactionClient, userId: number, createdById: number) {
  const now = new Date();
  await tx.userInvite.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
  await tx.userInvite.create({ data: { userId, tokenHash: hashInviteToken(token), expiresAt, createdById } });
  return { token, expiresAt };
}

const openInviteWhere = (token: string, now: Date) => ({
  tokenHash: hashInviteToken(token),
  usedAt: null,
  expiresAt: { gt: now },
  user: { deactivatedAt: null },
});

/** For the invitation page: whose link this is, or null for an unknown, used or expired one. */
export async function findOpenInvite(token: string) {
  const invite = await prisma.userInvite.findFirst({
    where: openInviteWhere(token, new Date()),
    select: {
      expiresAt: true,
      user: { select: { name: true, email: true, organisation: { select: { name: true } } } },
    },
  });
  return invite;
}

export async function acceptInvite(input: Pick<AcceptInviteInput, "token" | "password">): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password); // slow on purpose: outside the transaction
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const invite = await tx.userInvite.findFirst({
      where: openInviteWhere(input.token, now),
      select: { id: true, user: { select: { id: true, email: true, passwordHash: true } } },
    });
    // Claiming with a conditional update is what makes a link work once, even for two submits at once.
    const claimed =
      invite && (await tx.userInvite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now } }));
    if (!invite || claimed?.count !== 1) throw new AppError("NOT_FOUND", "admin.invite.invalid");
    const { user } = invite;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    // UserInvite has no community column: the community is the one whose secretariat sent the link.
    const sent = await tx.auditEvent.findFirst({
      where: { entity: "User", entityId: String(user.id), action: { in: ["create", "invite"] } },
      orderBy: { id: "desc" },
      select: { communityId: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      communityId: sent?.communityId ?? null,
      entity: "User",
      entityId: user.id,
      action: "invite-accept",
      before: { passwordSet: user.passwordHash !== null },
      after: { passwordSet: true },
    });
    return { email: user.email };
  });
}
