// GET /api/v1/pilots?q= through the catalogue's own search: the same pilots in the same order as the
// catalogue shows for that text, in the API's existing list shape (lib/pilots/api.ts).
import "server-only";
import { prisma } from "../db";
import type { SessionUser } from "../auth/session";
import { listPilots, pilotListSelect, type PilotListItem } from "../pilots/queries";
import { currentPhase } from "../pilots/phase-track";
import { emptyFilters } from "./params";
import { factsCte, filtersSql } from "./facts";
import { prepareSearch } from "./prepare";

type Paging = { page: number; pageSize: number };

export async function searchPilotList(user: SessionUser | null, q: string, { page, pageSize }: Paging) {
  const search = await prepareSearch(user, q);
  if (!search.match) return listPilots(user, { page, pageSize }); // only stop words: nothing narrows
  const facts = factsCte(user, search.match);
  const all = filtersSql(emptyFilters());
  const [ranked, counted] = await Promise.all([
    prisma.$queryRaw<{ id: number }[]>`${facts} SELECT id FROM facts WHERE ${all}
      ORDER BY rank DESC, updated DESC, id DESC LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    prisma.$queryRaw<{ n: number }[]>`${facts} SELECT count(*)::int AS n FROM facts`,
  ]);
  const rows = await prisma.pilot.findMany({ where: { id: { in: ranked.map((r) => r.id) } }, select: pilotListSelect });
  const byId = new Map(rows.map(({ phases, ...p }) => [p.id, { ...p, currentPhase: currentPhase(phases) } satisfies PilotListItem]));
  const items = ranked.map((r) => byId.get(r.id)).filter((p): p is PilotListItem => !!p);
  return { items, total: counted[0].n, page, pageSize };
}
