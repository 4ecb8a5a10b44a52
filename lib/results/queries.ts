// What /piloter/[id]/resultater shows: the pilot's phases in track order, each with its results
// newest first. A pilot the user may not see is null, which the page turns into a 404.
import "server-only";
import { prisma } from "../db";
import { visiblePilotsWhere } from "../pilots/visibility";
import { inTrackOrder } from "../pilots/phase-track";
import type { SessionUser } from "../auth/session";
import type { Prisma } from "../generated/prisma/client";
import type { ResultLink } from "./schemas";
import { pilotOffers } from "../pilots/offers";
import { pilotHeadSelect } from "../pilots/selects";

export const resultEntrySelect = {
  id: true,
  kind: true,
  occurredOn: true,
  title: true,
  body: true,
  links: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.ResultEntrySelect;

type Row = Prisma.ResultEntryGetPayload<{ select: typeof resultEntrySelect }>;
export type ResultRow = Omit<Row, "links"> & { links: ResultLink[] };

/** Links are JSON in the database; anything not shaped like a link is left out, not shown broken. */
export function withLinks(row: Row): ResultRow {
  const links = Array.isArray(row.links)
    ? row.links.filter(
        (l): l is ResultLink =>
          !!l &&
          typeof l === "object" &&
          typeof (l as ResultLink).url === "string" &&
          typeof (l as ResultLink).label === "string",
      )
    : [];
  return { ...row, links };
}

const newestFirst = [{ occurredOn: "desc" }, { id: "desc" }] satisfies Prisma.ResultEntryOrderByWithRelationInput[];

export async function getResultLog(user: SessionUser | null, pilotId: number) {
  const pilot = await prisma.pilot.findFirst({
    where: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] },
    select: {
      ...pilotHeadSelect,
      phases: {
        select: { id: true, kind: true, status: true, results: { select: resultEntrySelect, orderBy: newestFirst } },
      },
    },
  });
  if (!pilot) return null;
  const offers = pilotOffers(user, pilot);
  const phases = inTrackOrder(pilot.phases).map((p) => ({
    ...p,
    open: offers.phase("logResult", p),
    results: p.results.map(withLinks),
  }));
  const canRecord = offers.pilot("logResult");
  return { ...pilot, phases, canRecord };
}

/** The latest few results across the pilot, for its page (empty when the pilot is not visible). */
export async function latestResults(user: SessionUser | null, pilotId: number, take = 5) {
  const rows = await prisma.resultEntry.findMany({
    where: { phase: { pilot: { AND: [{ id: pilotId }, visiblePilotsWhere(user)] } } },
    select: { ...resultEntrySelect, phase: { select: { kind: true } } },
    orderBy: newestFirst,
    take,
  });
  return rows.map((r) => ({ ...withLinks(r), phaseKind: r.phase.kind }));
}
