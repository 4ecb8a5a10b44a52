// The secretariat's view of its community's audit trail: filtered, newest first, a page at a time.
// Read-only by construction: nothing in the app updates or deletes AuditEvent, and the database refuses it.
import "server-only";
import { prisma } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import { dayRange, type AuditFilter } from "./filter";
import { topicKinds } from "./kinds";
import { auditNames } from "./names";
import { auditRefs } from "./refs";

export const AUDIT_PAGE_SIZE = 25;

const eventSelect = {
  id: true,
  at: true,
  entity: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

export async function browseAudit(user: Actor | null, communityId: number, filter: AuditFilter) {
  authorize(user, "community.audit", { communityId });
  const range = dayRange(filter.from, filter.to);
  const where: Prisma.AuditEventWhereInput = {
    communityId,
    ...(filter.topic && {
      OR: topicKinds(filter.topic).map(({ entity, actions }) => ({
        entity,
        ...(actions && { action: { in: [...actions] } }),
      })),
    }),
    ...(filter.actor && { actorId: filter.actor }),
    ...((range.gte || range.lt) && { at: range }),
  };
  const total = await prisma.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const events = await prisma.auditEvent.findMany({
    where,
    select: eventSelect,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { total, page, pages, events, names: await auditNames(auditRefs(events)) };
}

/** The filter's people: those who occur in this community's trail (the topics are a fixed list). */
export async function auditActors(user: Actor | null, communityId: number) {
  authorize(user, "community.audit", { communityId });
  return prisma.user.findMany({
    where: { auditEvents: { some: { communityId } } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
