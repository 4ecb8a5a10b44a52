// The signed-in user's notices: the bell's count, the list, marking read. Only one's own notices, and
// only about pilots one may still see (a role given up since takes its pilots' notices off the list).
import "server-only";
import { prisma } from "../db";
import { AppError } from "../errors";
import { visiblePilotsWhere } from "../pilots/visibility";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";

// A shelved idea's reminder has no pilot; it goes only to the challenge community's secretariat.
const mine = (user: SessionUser): Prisma.NotificationWhereInput => ({
  userId: user.id,
  inApp: true,
  OR: [
    { pilot: visiblePilotsWhere(user) },
    {
      pilotId: null,
      idea: {
        challenge: {
          communityId: { in: user.roles.filter((r) => r.role === "SECRETARIAT").map((r) => r.communityId) },
        },
      },
    },
  ],
});

export function unreadCount(user: SessionUser): Promise<number> {
  return prisma.notification.count({ where: { ...mine(user), readAt: null } });
}

export const LIST_LIMIT = 100;

/** What a notice is about: the list links to it, and the e-mail tells it. */
export const noticeSubjectSelect = {
  pilotId: true,
  reviewId: true,
  decisionId: true,
  ideaId: true,
  pilot: { select: { title: true } },
  idea: { select: { title: true, challengeId: true, reviewOn: true } },
  phase: { select: { kind: true, plannedEnd: true } },
  review: { select: { dueDate: true } },
  decision: { select: { outcome: true } },
  condition: { select: { text: true, dueDate: true } },
} satisfies Prisma.NotificationSelect;

export function listNotices(user: SessionUser) {
  return prisma.notification.findMany({
    where: mine(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      ...noticeSubjectSelect,
    },
  });
}

export type NoticeRow = Awaited<ReturnType<typeof listNotices>>[number];

/** Idempotent: marking a read notice again changes nothing. Someone else's notice is a 404. */
export async function markRead(user: SessionUser, id: number): Promise<void> {
  const notice = await prisma.notification.findFirst({ where: { id, userId: user.id }, select: { id: true } });
  if (!notice) throw new AppError("NOT_FOUND", "errors.notFound");
  await prisma.notification.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllRead(user: SessionUser): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
