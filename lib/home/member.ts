// A member's home: the pilots their organisation leads or takes part in, and what others learned
// lately in the domains their organisation works in — new results and lessons, each from a pilot
// the member may see, newest first.
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";

const SHOWN = 6;
const RECENT_DAYS = 60;

export async function memberHome(user: SessionUser) {
  const org = user.organisation.id;
  const ours = { OR: [{ leadOrganisationId: org }, { participants: { some: { organisationId: org } } }] };
  const visible = visiblePilotsWhere(user);
  const [pilots, total, domainRows, organisation] = await Promise.all([
    prisma.pilot.findMany({
      where: { AND: [ours, visible] },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: { id: true, title: true, status: true, leadOrganisationId: true },
    }),
    prisma.pilot.count({ where: { AND: [ours, visible] } }),
    prisma.pilot.findMany({ where: { AND: [ours, visible] }, select: { domains: true } }),
    prisma.organisation.findUnique({ where: { id: org }, select: { slug: true, name: true, municipalityCode: true } }),
  ]);
  const domains = [...new Set(domainRows.flatMap((p) => p.domains))];
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const others = { AND: [visible, { domains: { hasSome: domains } }] };
  const [results, lessons] = domains.length
    ? await Promise.all([
        prisma.resultEntry.findMany({
          where: { createdAt: { gte: since }, phase: { pilot: others } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: SHOWN,
          select: {
            id: true,
            title: true,
            kind: true,
            occurredOn: true,
            phase: { select: { pilot: { select: { id: true, title: true } } } },
          },
        }),
        prisma.lesson.findMany({
          where: { createdAt: { gte: since }, pilot: others },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: SHOWN,
          select: { id: true, title: true, kind: true, createdAt: true, pilot: { select: { id: true, title: true } } },
        }),
      ])
    : [[], []];
  // Where "all of them" lives: the municipality's page, or the organisation's.
  const allHref = organisation?.municipalityCode
    ? `/kommuner/${organisation.municipalityCode}`
    : organisation
      ? `/organisationer/${organisation.slug}`
      : null;
  return {
    organisation: organisation?.name ?? "",
    pilots: pilots.map((p) => ({ ...p, leads: p.leadOrganisationId === org })),
    total,
    allHref,
    domains,
    results,
    lessons,
  };
}

export type MemberHome = Awaited<ReturnType<typeof memberHome>>;
