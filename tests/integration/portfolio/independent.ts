// Independent answers for the portfolio figures: the pilots in view picked by Prisma's own
// where-builders (visiblePilotsWhere and plain filters, not the portfolio's SQL scope), and every
// figure recomputed from plain rows or simple queries, in another way than lib/portfolio does it.
import type { PrismaClient, Prisma } from "../../../lib/generated/prisma/client";
import { visiblePilotsWhere } from "../../../lib/pilots/visibility";
import type { SessionUser } from "../../../lib/auth/session";
import type { PortfolioFilters } from "../../../lib/portfolio/filters";

export function filterWhere(f: PortfolioFilters): Prisma.PilotWhereInput {
  const and: Prisma.PilotWhereInput[] = [];
  if (f.community) and.push({ community: { slug: f.community } });
  if (f.technology) and.push({ technologies: { has: f.technology } });
  if (f.domain) and.push({ domains: { has: f.domain } });
  if (f.year)
    and.push({
      createdAt: { lt: new Date(Date.UTC(f.year + 1, 0, 1)) },
      OR: [{ endedAt: null }, { endedAt: { gte: new Date(Date.UTC(f.year, 0, 1)) } }],
    });
  return { AND: and };
}

export async function pilotsInView(prisma: PrismaClient, user: SessionUser | null, f: PortfolioFilters) {
  return prisma.pilot.findMany({
    where: { AND: [visiblePilotsWhere(user), filterWhere(f)] },
    select: {
      id: true,
      status: true,
      sdgs: true,
      technologies: true,
      domains: true,
      leadOrganisationId: true,
      communityId: true,
      participants: { select: { organisationId: true } },
      phases: {
        select: {
          id: true,
          kind: true,
          status: true,
          startedAt: true,
          granted: true,
          spent: true,
          plannedStart: true,
          pledges: { select: { amount: true, organisationId: true } },
          gateReviews: {
            select: {
              id: true,
              status: true,
              dueDate: true,
              decision: {
                select: {
                  outcome: true,
                  decidedAt: true,
                  adopters: { select: { organisationId: true } },
                  conditions: { select: { dueDate: true, doneAt: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}

export type InView = Awaited<ReturnType<typeof pilotsInView>>;

/** Today in Denmark as yyyy-mm-dd, from the database (the same clock the dashboard reads). */
export async function today(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<
    { d: string }[]
  >`SELECT to_char((now() AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS d`;
  return row.d;
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
