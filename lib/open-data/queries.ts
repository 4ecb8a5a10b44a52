// What open data is: the public pilots that anyone may read (PRODUCT.md rule 6, read as the anonymous
// visitor whoever asks), never a members-only or draft pilot — a signed-in caller or a token gets the
// same catalogue as the national harvester.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { visiblePilotsWhere } from "../pilots/visibility";
import { lessonTextSelect } from "../lessons/selects";
import { kpiScaleSelect } from "../kpis/selects";

const openPilots = (): Prisma.PilotWhereInput => visiblePilotsWhere(null);
const org = { select: { name: true, municipalityCode: true } } as const;

const catalogSelect = {
  id: true,
  title: true,
  problem: true,
  hypothesis: true,
  technologies: true,
  domains: true,
  status: true,
  updatedAt: true,
  endedAt: true,
  createdAt: true,
  leadOrganisation: org,
  participants: { select: { organisation: org } },
  phases: { select: { plannedStart: true, plannedEnd: true }, orderBy: { plannedStart: "asc" } },
} satisfies Prisma.PilotSelect;
export type CatalogPilot = Prisma.PilotGetPayload<{ select: typeof catalogSelect }>;

export function catalogPilots(): Promise<CatalogPilot[]> {
  return prisma.pilot.findMany({ where: openPilots(), select: catalogSelect, orderBy: { id: "asc" } });
}

const dataSelect = {
  id: true,
  title: true,
  updatedAt: true,
  kpis: {
    select: {
      id: true,
      ...kpiScaleSelect,
      benefitKind: true,
      measurements: {
        select: { measuredAt: true, value: true, source: true, deviceId: true, flagged: true },
        orderBy: [{ measuredAt: "asc" }, { id: "asc" }],
      },
    },
    orderBy: { id: "asc" },
  },
  phases: {
    select: {
      kind: true,
      results: {
        select: { occurredOn: true, kind: true, title: true, body: true, links: true },
        orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      },
    },
    orderBy: { plannedStart: "asc" },
  },
  lessons: {
    select: { ...lessonTextSelect, phase: { select: { kind: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.PilotSelect;
export type OpenPilotData = Prisma.PilotGetPayload<{ select: typeof dataSelect }>;

/** A public pilot's KPIs, results and lessons; null when it is not open data (the route's 404). */
export function openPilotData(pilotId: number): Promise<OpenPilotData | null> {
  return prisma.pilot.findFirst({ where: { AND: [{ id: pilotId }, openPilots()] }, select: dataSelect });
}
