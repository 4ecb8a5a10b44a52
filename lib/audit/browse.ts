// The secretariat's view of its community's audit trail: filtered, newest first, a page at a time.
// Read-only by construction: nothing in the app updates or deletes AuditEvent, and the database refuses it.
import "server-only";
import { prisma } from "../db";
import { authorize, type Actor } from "../auth/permissions";
import type { Prisma } from "../generated/prisma/client";
import { dayRange, type AuditFilter } from "./filter";

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
    ...(filter.entity && { entity: filter.entity }),
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
  return { total, page, pages, events, subjects: await subjectNames(events) };
}

/** The filter's choices: the kinds of thing and the people that occur in this community's trail. */
export async function auditFilterOptions(user: Actor | null, communityId: number) {
  authorize(user, "community.audit", { communityId });
  const [entities, actors] = await Promise.all([
    prisma.auditEvent.findMany({ where: { communityId }, distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } }),
    prisma.user.findMany({ where: { auditEvents: { some: { communityId } } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return { entities: entities.map((e) => e.entity), actors };
}

/** "User 17" tells a reader nothing: name the users and member organisations the events are about. */
async function subjectNames(events: { entity: string; entityId: string }[]) {
  const ids = (entity: string) => [...new Set(events.filter((e) => e.entity === entity).map((e) => Number(e.entityId)).filter(Number.isInteger))];
  const [users, members] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } }),
    prisma.communityMember.findMany({ where: { id: { in: ids("CommunityMember") } }, select: { id: true, organisation: { select: { name: true } } } }),
  ]);
  return new Map<string, string>([
    ...users.map((u) => [`User:${u.id}`, u.name] as const),
    ...members.map((m) => [`CommunityMember:${m.id}`, m.organisation.name] as const),
  ]);
}
