// Sites as readers meet them: exactly the sites of the pilots they may see (PRODUCT.md rule 10), so a
// draft's sites stay with its team and secretariat in the page, the map download and the API alike.
import type { PhaseKind, PilotStatus } from "../generated/prisma/enums";
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { visiblePilotsWhere } from "../pilots/visibility";

/** A site as the GeoJSON writer (lib/api/geojson.ts) and the pilot page read it. */
export type SiteRow = {
  id: number;
  label: string;
  address: string | null;
  longitude: number;
  latitude: number;
  organisation: { id: number; name: string; municipalityCode: number | null };
  pilot: {
    id: number;
    title: string;
    status: PilotStatus;
    phases: { kind: PhaseKind; status: "PLANNED" | "ACTIVE" | "AWAITING_GATE" | "DECIDED" }[];
  };
};

/** A GeoJSON download of every visible site stays a file a desktop GIS opens at once. */
export const MAX_SITES_LISTED = 20_000;

const siteSelect = {
  id: true,
  label: true,
  address: true,
  longitude: true,
  latitude: true,
  organisation: { select: { id: true, name: true, municipalityCode: true } },
  pilot: { select: { id: true, title: true, status: true, phases: { select: { kind: true, status: true } } } },
} satisfies Prisma.PilotSiteSelect;

export async function visibleSites(user: SessionUser | null, pilotId?: number): Promise<SiteRow[]> {
  const pilot: Prisma.PilotWhereInput =
    pilotId === undefined ? visiblePilotsWhere(user) : { AND: [{ id: pilotId }, visiblePilotsWhere(user)] };
  return prisma.pilotSite.findMany({
    where: { pilot },
    select: siteSelect,
    orderBy: [{ pilotId: "asc" }, { id: "asc" }],
    take: MAX_SITES_LISTED,
  });
}

/** For the pilot page: null when the pilot is not visible (the page is a 404 then anyway). */
export async function pilotSiteList(user: SessionUser | null, pilotId: number) {
  return prisma.pilotSite.findMany({
    where: { pilotId, pilot: visiblePilotsWhere(user) },
    select: {
      id: true,
      label: true,
      address: true,
      longitude: true,
      latitude: true,
      organisation: { select: { id: true, name: true } },
    },
    orderBy: { id: "asc" },
  });
}
