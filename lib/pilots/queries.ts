// The pilot list: what the user may see (visiblePilotsWhere first, always), filtered and paged.
// Feeds GET /api/v1/pilots without a search text (with one, lib/search/api-list.ts ranks instead).
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "./visibility";
import { currentPhase } from "./phase-track";
import type { PilotFilters } from "./list-params";

export const pilotListSelect = {
  id: true,
  title: true,
  status: true,
  visibility: true,
  community: { select: { id: true, slug: true, name: true } },
  leadOrganisation: { select: { id: true, name: true, municipalityCode: true } },
  phases: { select: { id: true, kind: true, status: true } },
} satisfies Prisma.PilotSelect;

type Row = Prisma.PilotGetPayload<{ select: typeof pilotListSelect }>;
export type PilotListItem = Omit<Row, "phases"> & { currentPhase: Row["phases"][number] | null };

export function pilotListWhere(user: SessionUser | null, f: Omit<PilotFilters, "page" | "pageSize">): Prisma.PilotWhereInput {
  const and: Prisma.PilotWhereInput[] = [visiblePilotsWhere(user)];
  if (f.communitySlug) and.push({ community: { slug: f.communitySlug } });
  if (f.status) and.push({ status: f.status });
  // A plain case-insensitive match until the Danish full-text catalogue arrives.
  if (f.q) and.push({ OR: [{ title: { contains: f.q, mode: "insensitive" } }, { problem: { contains: f.q, mode: "insensitive" } }] });
  return { AND: and };
}

export async function listPilots(user: SessionUser | null, f: PilotFilters) {
  const where = pilotListWhere(user, f);
  const [rows, total] = await Promise.all([
    prisma.pilot.findMany({
      where,
      select: pilotListSelect,
      // Newest activity first; id breaks ties so paging is stable.
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * f.pageSize,
      take: f.pageSize,
    }),
    prisma.pilot.count({ where }),
  ]);
  const items: PilotListItem[] = rows.map(({ phases, ...p }) => ({ ...p, currentPhase: currentPhase(phases) }));
  return { items, total, page: f.page, pageSize: f.pageSize };
}
