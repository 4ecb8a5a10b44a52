import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { recordAudit } from "../audit/record";
import type { SessionUser } from "../auth/session";
import { endSessions } from "../auth/session-version";

export async function getProfile(user: SessionUser) {
  return prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      name: true,
      email: true,
      organisation: { select: { name: true } },
      roles: {
        select: { role: true, community: { select: { name: true, slug: true } } },
        orderBy: { communityId: "asc" },
      },
    },
  });
}

export async function renameSelf(user: SessionUser, name: string) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    await tx.user.update({ where: { id: user.id }, data: { name } });
    await recordAudit(tx, {
      actorId: user.id,
      entity: "User",
      entityId: user.id,
      action: "rename",
      before,
      after: { name },
    });
  });
}

export async function changeOwnPassword(user: SessionUser, currentPassword: string, newPassword: string) {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    throw new AppError("BAD_REQUEST", "profile.currentPasswordWrong", {
      currentPassword: "profile.currentPasswordWrong",
    });
  }
  const passwordHash = await hashPassword(newPassword);
  // Every other session ends (a stolen cookie with it); the caller re-issues its own (lib/auth/reissue.ts).
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, { actorId: user.id, entity: "User", entityId: user.id, action: "password-change" });
    return endSessions(tx, user.id);
  });
}

/** "Log ud alle steder": every session of the user ends, this one included. */
export async function signOutEverywhere(user: SessionUser) {
  await prisma.$transaction(async (tx) => {
    await endSessions(tx, user.id);
    await recordAudit(tx, { actorId: user.id, entity: "User", entityId: user.id, action: "sign-out-everywhere" });
  });
}
