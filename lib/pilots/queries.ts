// The pilot list: what the user may see (the visibility rule first, always), filtered and paged.
// Feeds GET /api/v1/pilots without a search text (with one, lib/search/api-list.ts ranks instead).
//
// One SQL statement for the page (pilot, community, lead organisation and phases together) and one
// for the total, not Prisma's four round trips for the nested select: at 20,000 pilots the query
// work is under a millisecond and the rest was Node (decision 0020). The total counts through the
// narrow visibility index (schema.prisma, Pilot), exactly.
import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import type { PhaseKind, PhaseStatus, PilotStatus, Visibility } from "../generated/prisma/enums";
import { visiblePilotsSql } from "./visibility";
import { currentPhase } from "./phase-track";
import type { PilotFilters } from "./list-params";

type PhaseRef = { id: number; kind: PhaseKind; status: PhaseStatus };
export type PilotListItem = {
  id: number;
  title: string;
  status: PilotStatus;
  visibility: Visibility;
  community: { id: number; slug: string; name: string };
  leadOrganisation: { id: number; name: string; municipalityCode: number | null };
  currentPhase: PhaseRef | null;
};

type ListRow = Omit<PilotListItem, "community" | "leadOrganisation" | "currentPhase"> & {
  communityId: number;
  slug: string;
  communityName: string;
  leadId: number;
  leadName: string;
  municipalityCode: number | null;
  phases: PhaseRef[] | null;
};

// The columns of a list item; the pilot is "p". The phases travel as JSON and the current one is
// picked in TypeScript by the same rule the pilot page uses (phase-track.ts).
const ITEM_SQL = Prisma.sql`p.id, p.title, p.status::text AS status, p.visibility::text AS visibility,
    c.id AS "communityId", c.slug, c.name AS "communityName", o.id AS "leadId", o.name AS "leadName", o."municipalityCode",
    (SELECT json_agg(json_build_object('id', ph.id, 'kind', ph.kind, 'status', ph.status)) FROM "Phase" ph WHERE ph."pilotId" = p.id) AS phases
  FROM "Pilot" p JOIN "Community" c ON c.id = p."communityId" JOIN "Organisation" o ON o.id = p."leadOrganisationId"`;

function toItem(r: ListRow): PilotListItem {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    visibility: r.visibility,
    community: { id: r.communityId, slug: r.slug, name: r.communityName },
    leadOrganisation: { id: r.leadId, name: r.leadName, municipalityCode: r.municipalityCode },
    currentPhase: currentPhase(r.phases ?? []),
  };
}

/** List items of the given pilots, by id (the caller has already applied the visibility rule). */
export async function pilotListItems(ids: number[]): Promise<Map<number, PilotListItem>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<ListRow[]>`SELECT ${ITEM_SQL} WHERE p.id = ANY(${ids}::int[])`;
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}

/** `%q%` for ILIKE, with the pattern characters of q itself matched literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`;

export function pilotListWhereSql(user: SessionUser | null, f: Omit<PilotFilters, "page" | "pageSize">): Prisma.Sql {
  const and = [visiblePilotsSql(user, "p")];
  if (f.communitySlug)
    and.push(Prisma.sql`p."communityId" = (SELECT id FROM "Community" WHERE slug = ${f.communitySlug})`);
  if (f.status) and.push(Prisma.sql`p.status = ${f.status}::"PilotStatus"`);
  // A plain case-insensitive match (the Danish full-text search is lib/search/api-list.ts).
  if (f.q) and.push(Prisma.sql`(p.title ILIKE ${containing(f.q)} OR p.problem ILIKE ${containing(f.q)})`);
  return Prisma.join(and, " AND ");
}

export async function listPilots(user: SessionUser | null, f: PilotFilters) {
  const where = pilotListWhereSql(user, f);
  const [rows, [{ total }]] = await Promise.all([
    // Newest activity first; id breaks ties so paging is stable.
    prisma.$queryRaw<ListRow[]>`SELECT ${ITEM_SQL} WHERE ${where}
      ORDER BY p."updatedAt" DESC, p.id DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Pilot" p WHERE ${where}`,
  ]);
  return { items: rows.map(toItem), total, page: f.page, pageSize: f.pageSize };
}
