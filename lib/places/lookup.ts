// Finding the place a page is about: a municipality by its kommunekode, a region by its code, any
// organisation by its slug. Organisations, regions and community memberships are reference data and
// public; what the place did in pilots is counted by profile.ts, per viewer.
import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

const orgSelect = {
  id: true,
  name: true,
  slug: true,
  kind: true,
  municipalityCode: true,
  population: true,
  region: { select: { code: true, name: true } },
  memberships: {
    where: { status: "ACTIVE" },
    select: { community: { select: { slug: true, name: true } } },
    orderBy: { community: { name: "asc" } },
  },
} satisfies Prisma.OrganisationSelect;

export type PlaceOrganisation = Prisma.OrganisationGetPayload<{ select: typeof orgSelect }>;

export function findMunicipality(code: number): Promise<PlaceOrganisation | null> {
  return prisma.organisation.findFirst({ where: { kind: "KOMMUNE", municipalityCode: code }, select: orgSelect });
}

export function findOrganisation(slug: string): Promise<PlaceOrganisation | null> {
  return prisma.organisation.findUnique({ where: { slug }, select: orgSelect });
}

/** A region with every organisation in it (its municipalities, the region itself, universities …). */
export async function findRegion(code: number) {
  const region = await prisma.region.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      organisations: {
        select: { id: true, name: true, slug: true, kind: true, municipalityCode: true, population: true },
        orderBy: [{ kind: "asc" }, { name: "asc" }],
      },
    },
  });
  return region;
}
